"""Store fixtures: every store test runs on SQLite, and on PostgreSQL when
``ASSISTDESK_TEST_PG_URL`` is set (``source .ci/postgres.sh`` starts one)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from assistdesk.store import Store, open_store

PG_URL = os.environ.get("ASSISTDESK_TEST_PG_URL")


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real per-user folders."""
    monkeypatch.setenv("ASSISTDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ASSISTDESK_DB_URL", raising=False)


def _admin_url() -> str:
    assert PG_URL is not None
    return make_url(PG_URL).render_as_string(hide_password=False)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    if not PG_URL:
        pytest.skip("ASSISTDESK_TEST_PG_URL is not set")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_admin_url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
        )
    url = make_url(PG_URL).set(database=name)
    ext = create_engine(url, isolation_level="AUTOCOMMIT")
    with ext.connect() as conn:
        conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    ext.dispose()
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


@pytest.fixture(
    params=[
        "sqlite",
        pytest.param(
            "postgres",
            marks=[
                pytest.mark.postgres,
                pytest.mark.skipif(not PG_URL, reason="ASSISTDESK_TEST_PG_URL is not set"),
            ],
        ),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'calls.sqlite3'}"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'calls.sqlite3'}")
    try:
        yield s
    finally:
        s.close()
