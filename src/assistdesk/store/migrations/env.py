"""Alembic environment: runs on the connection the app passes in, or on a URL.

The app calls :func:`assistdesk.store.migrate.upgrade` which hands over an open connection
in ``config.attributes["connection"]``; from the command line the URL comes from
``ASSISTDESK_DB_URL`` or ``sqlalchemy.url``. SQLite always migrates in batch mode.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import Connection

from assistdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    url = os.environ.get("ASSISTDESK_DB_URL") or config.get_main_option("sqlalchemy.url")
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = os.environ.get("ASSISTDESK_DB_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set ASSISTDESK_DB_URL (or sqlalchemy.url) to migrate from the CLI")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
