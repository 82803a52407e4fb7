"""SQLite durability: pragmas, permissions, one window per log, full / read-only / locked
databases, corrupt-file recovery, backups, migrations from the first schema, purge."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assistdesk.core.call import Call
from assistdesk.store import AlreadyRunning, Autosaver, Store, StoreError, open_store
from assistdesk.store import backup as backups
from assistdesk.store.migrate import current_revision, head_revision

from .helpers import FakeClock, full_call

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_V1 = ROOT / "tests" / "fixtures" / "db_v1.sqlite"
EXPECTED_V1 = ROOT / "tests" / "store" / "data" / "db_v1_calls.jsonl"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def url_of(path: Path) -> str:
    return f"sqlite:///{path}"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pragmas(sqlite_store: Store) -> None:
    with sqlite_store.engine.connect() as conn:

        def pragma(name: str) -> Any:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 2000
        assert pragma("secure_delete") == 1


def test_default_location_is_the_per_user_data_folder(tmp_path: Path) -> None:
    store = open_store()
    try:
        assert store.db_path == tmp_path / "home" / "data" / "assistdesk.sqlite3"
    finally:
        store.close()


@posix_only
def test_owner_only_permissions(tmp_path: Path) -> None:
    db = tmp_path / "private" / "calls.sqlite3"
    store = open_store(url_of(db))
    store.save_call(full_call())
    wal = db.with_name(db.name + "-wal")
    shm = db.with_name(db.name + "-shm")
    assert wal.exists() and shm.exists()
    for p in (db, wal, shm):
        assert mode(p) == 0o600, p
    assert mode(db.parent) == 0o700
    store.close()
    store = open_store(url_of(db))  # second start: takes the daily backup
    store.close()
    taken = backups.list_backups(db)
    assert taken and all(mode(b.path) == 0o600 for b in taken)
    assert mode(backups.backup_folder(db)) == 0o700


def test_second_instance_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    first = open_store(url_of(db), exclusive=True)
    try:
        with pytest.raises(AlreadyRunning, match="already open") as info:
            open_store(url_of(db), exclusive=True)
        assert str(os.getpid()) in str(info.value)
        # The CLI (not exclusive) can still read while the panel is open.
        reader = open_store(url_of(db))
        reader.close()
    finally:
        first.close()
    open_store(url_of(db), exclusive=True).close()  # released on close


def test_two_writers_on_one_file_do_not_corrupt_it(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    stores = [open_store(url_of(db)), open_store(url_of(db))]
    ids: list[list[str]] = [[], []]
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for n in range(15):
                call = Call.begin(lang="en", operator=f"op{i}")
                saver = Autosaver(stores[i], call, sync=True)
                call.say(f"writer {i} call {n}")
                call.end()
                assert saver.close()
                ids[i].append(call.id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for s in stores:
        s.close()
    with open_store(url_of(db)) as s:
        assert s.integrity_problems() == []
        assert s.count_calls() == 30
        for i in (0, 1):
            for call_id in ids[i]:
                assert s.load_call(call_id) is not None


def _inject(store: Store, pragma: str) -> Callable[[], None]:
    """Make every new connection of ``store`` run ``pragma``; returns the undo function."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(pragma)

    store.engine.dispose()
    event.listen(store.engine, "connect", on_connect)

    def undo() -> None:
        event.remove(store.engine, "connect", on_connect)
        store.engine.dispose()

    return undo


@pytest.mark.parametrize(
    ("kind", "setup"),
    [
        ("disk_full", "max_page_count"),
        ("read_only", "PRAGMA query_only = 1"),
    ],
)
def test_full_or_read_only_keeps_the_call_and_retries(
    sqlite_store: Store, kind: str, setup: str
) -> None:
    store = sqlite_store
    call = Call.begin(lang="ja", operator="sato", clock=FakeClock())
    errors: list[StoreError] = []
    saver = Autosaver(store, call, on_error=errors.append)
    assert saver.flush()
    if setup == "max_page_count":
        with store.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        setup = f"PRAGMA max_page_count = {pages}"
    undo = _inject(store, setup)
    call.say("大きなメモ " * 20000)
    call.set_notes("まだ保存されていない")
    assert not saver.flush()
    assert saver.pending and saver.last_error is not None
    assert saver.last_error.kind == kind
    message = str(saver.last_error)
    assert "kept in memory" in message and "retried" in message
    assert not saver.flush(force=True)  # still failing, still pending
    assert errors and saver.failures == 2
    undo()
    assert saver.flush(force=True)
    assert not saver.pending and saver.last_error is None
    loaded = store.load_call(call.id)
    assert loaded is not None and loaded.notes == "まだ保存されていない"
    assert loaded.revision == call.revision
    assert store.integrity_problems() == []


def test_locked_database_keeps_the_call_and_retries(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    store = open_store(url_of(db), busy_timeout_ms=100)
    try:
        call = Call.begin(lang="en", operator="jones")
        saver = Autosaver(store, call)
        assert saver.flush()
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        call.say("while someone else holds the lock")
        assert not saver.flush(force=True)
        assert saver.last_error is not None and saver.last_error.kind == "locked"
        assert "locked" in str(saver.last_error)
        assert not saver.flush()  # backing off: not retried at once
        blocker.execute("ROLLBACK")
        blocker.close()
        assert saver.flush(force=True)
        loaded = store.load_call(call.id)
        assert loaded is not None and loaded.transcript == ("while someone else holds the lock",)
    finally:
        store.close()


def test_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create the call log"):
        open_store(url_of(blocker / "calls.sqlite3"))


def test_other_databases_and_newer_schemas_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE stuff (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an AssistDesk call log"):
        open_store(url_of(foreign))
    newer = tmp_path / "newer.sqlite3"
    open_store(url_of(newer)).close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer AssistDesk"):
        open_store(url_of(newer))


# --- backups and recovery ------------------------------------------------------------


def _log_with_backup(db: Path) -> tuple[list[str], list[str]]:
    """A log with calls before and after its newest backup: (backed up ids, later ids)."""
    store = open_store(url_of(db))
    early = [full_call("ja"), full_call("en")]
    for c in early:
        store.save_call(c)
    store.close()
    store = open_store(url_of(db))  # takes the daily backup
    assert store.report.backup is not None
    late = full_call("ja", operator="late")
    store.save_call(late)
    store.close()
    return [c.id for c in early], [late.id]


def _garbage(db: Path) -> None:
    db.write_bytes(os.urandom(64 * 1024))


def _zero_header(db: Path) -> None:
    with db.open("r+b") as fh:
        fh.write(b"\0" * 100)


def _truncate(db: Path) -> None:
    size = db.stat().st_size
    with db.open("r+b") as fh:
        fh.truncate(size // 3)


def _scribble_pages(db: Path) -> None:
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with db.open("r+b") as fh:
        for page in range(2, pages, 3):
            fh.seek(page * page_size + 8)
            fh.write(b"\xa5" * (page_size - 16))


CORRUPTIONS = {
    "garbage": _garbage,
    "zeroed-header": _zero_header,
    "truncated": _truncate,
    "scribbled-pages": _scribble_pages,
}


@pytest.mark.parametrize("damage", sorted(CORRUPTIONS))
def test_corrupt_log_is_moved_aside_and_the_newest_good_backup_restored(
    tmp_path: Path, damage: str
) -> None:
    db = tmp_path / "calls.sqlite3"
    early, late = _log_with_backup(db)
    # A damaged older backup next to the good one must be skipped.
    newest = backups.list_backups(db)[0]
    bad = backups.backup_folder(db) / "assistdesk-calls-99990101-000000000000-daily.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    CORRUPTIONS[damage](db)
    store = open_store(url_of(db), exclusive=True)
    try:
        report = store.report
        assert report.recovered and report.needs_attention
        assert report.restored_from == newest.path
        assert report.moved_aside is not None and report.moved_aside.exists()
        assert "damaged" in report.messages[0] and "restored" in report.messages[0]
        for call_id in early:
            assert store.load_call(call_id) is not None
        for call_id in late:
            assert store.load_call(call_id) is None  # saved after the backup
        assert store.integrity_problems() == []
        store.save_call(full_call())  # and the log works again
    finally:
        store.close()


def test_corrupt_log_without_backup_starts_empty(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    store = open_store(url_of(db))
    store.save_call(full_call())
    store.close()
    _garbage(db)
    with open_store(url_of(db)) as store:
        assert store.report.recovered and store.report.started_empty
        assert "no good backup" in store.report.messages[0]
        assert store.count_calls() == 0
        assert store.report.moved_aside is not None and store.report.moved_aside.exists()


def test_backups_rotate_and_pass_integrity_check(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    with open_store(url_of(db)) as store:
        store.save_call(full_call())
    for _ in range(backups.KEEP + 3):
        backups.take_backup(db, reason="test")
    kept = backups.list_backups(db)
    assert len(kept) == backups.KEEP
    assert all(backups.integrity_ok(b.path) for b in kept)
    assert kept == sorted(kept, key=lambda b: b.taken_at, reverse=True)


# --- migrations ------------------------------------------------------------------------


def test_upgrade_from_the_first_schema_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    shutil.copyfile(FIXTURE_V1, db)
    expected = [json.loads(line) for line in EXPECTED_V1.read_text(encoding="utf-8").splitlines()]
    store = open_store(url_of(db))
    try:
        report = store.report
        assert report.migrated_from == "0001" and report.migrated_to == head_revision()
        assert report.backup is not None and "before-upgrade-0001" in report.backup.name
        assert backups.integrity_ok(report.backup)
        with sqlite3.connect(report.backup) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert current_revision(store.engine) == head_revision()
        assert store.count_calls() == len(expected)
        for d in expected:
            loaded = store.load_dict(d["id"])
            assert loaded == d
        # The new revision's features work on the upgraded data.
        first = expected[0]
        assert {h.call.id for h in store.search("０３１２３４５６７８")} >= {first["id"]}
        assert first["id"] in {h.call.id for h in store.search("電源")}
        assert [c.id for c in store.find_unfinished("kato")] == [expected[2]["id"]]
        assert store.integrity_problems() == []
    finally:
        store.close()
    # Opening again does not migrate (or back up for the upgrade) a second time.
    with open_store(url_of(db)) as store:
        assert store.report.migrated_from is None


# --- retention -----------------------------------------------------------------------


def test_purge_really_removes_the_bytes(tmp_path: Path) -> None:
    db = tmp_path / "calls.sqlite3"
    secret = "XYZZY-PURGE-ME-7319"
    store = open_store(url_of(db))
    old = Call.begin(lang="en", operator="o", clock=FakeClock(datetime(2020, 1, 1, tzinfo=UTC)))
    old.set_customer(f"Customer {secret}", None, None)
    old.say(f"my secret phrase is {secret}")
    old.set_notes(f"notes {secret}")
    old.end()
    keep = full_call("en")
    store.save_call(old)
    store.save_call(keep)
    store.checkpoint()
    store.close()
    store = open_store(url_of(db))  # a backup now holds the secret too
    assert any(secret.encode() in b.path.read_bytes() for b in backups.list_backups(db))
    result = store.purge(365, now=datetime.now(UTC) + timedelta(days=1))
    assert result.calls_deleted == 1 and result.backups_replaced >= 1
    assert store.load_call(old.id) is None and store.load_call(keep.id) is not None
    assert store.search(secret.lower()) == []
    store.close()
    files = [p for p in db.parent.rglob("*") if p.is_file()]
    for p in files:
        assert secret.encode() not in p.read_bytes(), p
        assert secret.encode("utf-16-le") not in p.read_bytes(), p
