"""Schema migrations (Alembic), applied programmatically.

The scripts live in ``store/migrations`` (package data). SQLite migrates with foreign keys
off (batch mode recreates tables, and a cascade must never fire during a copy) and checks
them afterwards; the whole upgrade is one transaction on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from assistdesk.store.errors import NEWER_SCHEMA, NOT_OURS, StoreError, translate

HERE = Path(__file__).resolve().parent


def alembic_config() -> Config:
    cfg = Config(str(HERE / "alembic.ini")) if (HERE / "alembic.ini").exists() else Config()
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision; ``None`` for an empty database.

    Raises :class:`StoreError` when the database holds tables that are not ours, or was
    written by a newer AssistDesk.
    """
    try:
        with engine.connect() as conn:
            revision = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
    except SQLAlchemyError as exc:
        raise translate(exc, "reading the database version") from None
    if revision is None:
        if tables - {"alembic_version"}:
            raise StoreError(
                "this database holds other tables and is not an AssistDesk call log; "
                "choose another file or an empty database",
                NOT_OURS,
            )
        return None
    if revision not in known_revisions():
        raise StoreError(
            f"this call log was written by a newer AssistDesk (schema {revision}); "
            "update AssistDesk to open it",
            NEWER_SCHEMA,
        )
    return revision


def _raw_pragma(conn: Connection, sql: str) -> None:
    """Run a pragma outside any transaction (``foreign_keys`` is ignored inside one)."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute(sql)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Bring the schema to ``target`` in one transaction."""
    cfg = alembic_config()
    try:
        with engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            if sqlite:
                _raw_pragma(conn, "PRAGMA foreign_keys = OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, target)
                    if sqlite:
                        bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if bad:
                            raise StoreError(
                                f"migration left {len(bad)} broken reference(s); nothing changed"
                            )
            finally:
                if sqlite:
                    _raw_pragma(conn, "PRAGMA foreign_keys = ON")
    except SQLAlchemyError as exc:
        raise translate(exc, "upgrading the call log") from None
