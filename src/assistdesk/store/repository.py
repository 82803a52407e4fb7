"""The call log: saving and loading calls, and the queries the panel and supervisors use.

Writes go through SQLAlchemy Core in one short ``BEGIN IMMEDIATE`` transaction each; an
incremental save (:class:`SaveState`) rewrites only what changed and appends only the new
events, which keeps an autosave to a few milliseconds on a million-call log.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from sqlalchemy import (
    Engine,
    Table,
    and_,
    case,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import SQLAlchemyError

from assistdesk.core.call import Call, utc_now
from assistdesk.core.text import is_cjk
from assistdesk.store import models as m
from assistdesk.store.engine import InstanceLock, secure_files, write_transaction
from assistdesk.store.errors import (
    BAD_INPUT,
    NOT_FOUND,
    DemoCallRefused,
    StoreError,
    translate,
)
from assistdesk.store.records import CallRecord, dict_of_rows, record_of, record_of_dict
from assistdesk.store.report import StartupReport
from assistdesk.store.searchtext import (
    cjk_body,
    cjk_query,
    has_cjk,
    normalise,
)
from assistdesk.store.types import to_micros

LOAD_BATCH: Final = 500
SNIPPET_CHARS: Final = 80


@dataclass(frozen=True)
class CallSummary:
    """One line of a call list."""

    id: str
    started_at: datetime | None
    ended_at: datetime | None
    operator: str
    lang: str
    customer_name: str | None
    customer_phone: str | None
    customer_reference: str | None
    category: str | None
    outcome: str | None
    demo: bool
    followup_due: date | None
    followup_done: bool | None
    followup_note: str | None


@dataclass(frozen=True)
class SearchHit:
    call: CallSummary
    snippet: str


@dataclass(frozen=True)
class CauseCount:
    cause_id: str
    checked: int
    fixed: int
    not_fixed: int


@dataclass(frozen=True)
class Recurring:
    """What keeps coming back over a period (DOMAIN §6): for supervisors."""

    since: datetime
    until: datetime
    calls: int
    causes: list[CauseCount]
    tags: list[tuple[str, int]]
    prevention: list[tuple[str, int]]
    categories: list[tuple[str, int]]
    outcomes: list[tuple[str, int]]


@dataclass(frozen=True)
class PurgeResult:
    calls_deleted: int
    cutoff: datetime
    backups_replaced: int = 0


@dataclass
class SaveState:
    """What the database holds for one call after the last successful save."""

    pk: int
    revision: int
    row: dict[str, Any]
    checks: list[dict[str, Any]]
    phrases: list[dict[str, Any]]
    demands: list[dict[str, Any]]
    followup: dict[str, Any] | None
    tags: list[dict[str, Any]]
    body: str


@dataclass
class ImportResult:
    imported: int = 0
    replaced: int = 0
    errors: list[str] = field(default_factory=list)


_SUMMARY_COLUMNS = (
    m.calls.c.id,
    m.calls.c.started_at,
    m.calls.c.ended_at,
    m.operators.c.name.label("operator"),
    m.calls.c.lang,
    m.calls.c.customer_name,
    m.calls.c.customer_phone,
    m.calls.c.customer_reference,
    m.calls.c.category,
    m.calls.c.outcome,
    m.calls.c.demo,
    m.followups.c.due.label("followup_due"),
    m.followups.c.done.label("followup_done"),
    m.followups.c.note.label("followup_note"),
)


def _summary_select() -> Any:
    return (
        select(*_SUMMARY_COLUMNS)
        .select_from(m.calls)
        .join(m.operators, m.operators.c.id == m.calls.c.operator_id)
        .outerjoin(m.followups, m.followups.c.call_pk == m.calls.c.pk)
    )


def _summary(row: Any) -> CallSummary:
    return CallSummary(
        id=row.id,
        started_at=row.started_at,
        ended_at=row.ended_at,
        operator=row.operator,
        lang=row.lang,
        customer_name=row.customer_name,
        customer_phone=row.customer_phone,
        customer_reference=row.customer_reference,
        category=row.category,
        outcome=row.outcome,
        demo=bool(row.demo),
        followup_due=row.followup_due,
        followup_done=None if row.followup_done is None else bool(row.followup_done),
        followup_note=row.followup_note,
    )


def _without(row: Mapping[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return to_micros(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


class Store:
    """An open call log. Create with :func:`assistdesk.store.open_store`."""

    def __init__(
        self,
        engine: Engine,
        url: str,
        *,
        demo: bool = False,
        db_path: Path | None = None,
        lock: InstanceLock | None = None,
    ) -> None:
        self.engine = engine
        self.url = url
        self.demo = demo
        self.db_path = db_path
        self._lock = lock
        self._operator_ids: dict[str, int] = {}
        self.report = StartupReport(
            url=make_url(url).render_as_string(hide_password=True), db_path=db_path
        )

    # --- lifecycle -----------------------------------------------------------------------

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def close(self) -> None:
        self.engine.dispose()
        if self.db_path is not None:
            secure_files(self.db_path)
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _reading(self, doing: str) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise translate(exc, doing) from None

    @contextlib.contextmanager
    def _writing(self, doing: str) -> Iterator[Connection]:
        try:
            with write_transaction(self.engine) as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise translate(exc, doing) from None
        except OSError as exc:
            raise translate(exc, doing) from None

    # --- writing -------------------------------------------------------------------------

    def _guard_demo(self, demo: bool) -> None:
        if demo and not self.demo:
            raise DemoCallRefused()

    def save_call(self, call: Call) -> None:
        """Save ``call`` completely (insert or replace its rows; append its new events)."""
        self.write(call, None)

    def write(self, call: Call, state: SaveState | None) -> SaveState:
        """Save ``call``; with the ``state`` of the previous save, only what changed."""
        self._guard_demo(call.demo)
        record = record_of(call, utc_now())
        with self._writing("saving the call") as conn:
            return self._write_record(conn, record, state)

    def _operator_id(self, conn: Connection, name: str) -> int:
        cached = self._operator_ids.get(name)
        if cached is not None:
            return cached
        found = conn.scalar(select(m.operators.c.id).where(m.operators.c.name == name))
        if found is not None:
            self._operator_ids[name] = found
            return int(found)
        result = conn.execute(insert(m.operators).values(name=name, created_at=utc_now()))
        pk = result.inserted_primary_key
        assert pk is not None
        return int(pk[0])

    def _write_record(
        self, conn: Connection, rec: CallRecord, state: SaveState | None
    ) -> SaveState:
        calls = m.calls
        row = {**rec.row, "operator_id": self._operator_id(conn, rec.operator)}
        comparable = _without(row, "updated_at")
        fresh = False
        if state is None:
            pk = conn.scalar(select(calls.c.pk).where(calls.c.id == rec.id))
            if pk is None:
                result = conn.execute(insert(calls).values(row))
                inserted = result.inserted_primary_key
                assert inserted is not None
                pk = int(inserted[0])
                saved_events = 0
                fresh = True
            else:
                conn.execute(update(calls).where(calls.c.pk == pk).values(row))
                saved_events = int(
                    conn.scalar(select(func.max(m.events.c.seq)).where(m.events.c.call_pk == pk))
                    or 0
                )
        else:
            pk = state.pk
            saved_events = state.revision
            if comparable != state.row:
                conn.execute(update(calls).where(calls.c.pk == pk).values(row))

        def sync(
            table: Table, rows: list[dict[str, Any]], before: list[dict[str, Any]] | None
        ) -> None:
            if before is not None and rows == before:
                return
            if not fresh:
                conn.execute(delete(table).where(table.c.call_pk == pk))
            if rows:
                conn.execute(insert(table), [{**r, "call_pk": pk} for r in rows])

        sync(m.check_results, rec.checks, None if state is None else state.checks)
        sync(m.phrases_used, rec.phrases, None if state is None else state.phrases)
        sync(m.demands, rec.demands, None if state is None else state.demands)
        sync(m.voc_tags, rec.voc_tags, None if state is None else state.tags)
        follow = [rec.followup] if rec.followup is not None else []
        before_follow = None
        if state is not None:
            before_follow = [state.followup] if state.followup is not None else []
        sync(m.followups, follow, before_follow)
        if state is None or rec.body != state.body:
            self._index(conn, pk, rec.body, fresh)
        new_events = [e for e in rec.events if e["seq"] > saved_events]
        if new_events:
            conn.execute(insert(m.events), [{**e, "call_pk": pk} for e in new_events])
        return SaveState(
            pk=pk,
            revision=max(saved_events, len(rec.events)),
            row=comparable,
            checks=rec.checks,
            phrases=rec.phrases,
            demands=rec.demands,
            followup=rec.followup,
            tags=rec.voc_tags,
            body=rec.body,
        )

    def _index(self, conn: Connection, pk: int, body: str, fresh: bool) -> None:
        if self.is_sqlite:
            if not fresh:
                self._unindex_sqlite(conn, [pk])
            if body:
                conn.execute(
                    text("INSERT INTO call_fts(rowid, body) VALUES (:pk, :b)"),
                    {"pk": pk, "b": body},
                )
                cjk = cjk_body(body)
                if cjk:
                    conn.execute(
                        text("INSERT INTO call_fts_cjk(rowid, body) VALUES (:pk, :b)"),
                        {"pk": pk, "b": cjk},
                    )
            return
        if not fresh:
            conn.execute(delete(m.call_search).where(m.call_search.c.call_pk == pk))
        conn.execute(insert(m.call_search).values(call_pk=pk, body=body))

    def _unindex_sqlite(self, conn: Connection, pks: Sequence[int]) -> None:
        """Remove calls from both SQLite full-text indexes (the Japanese one is contentless:
        its entries are deleted with the text they were made from, kept in ``call_fts``)."""
        marks = ", ".join(str(int(pk)) for pk in pks)
        old = conn.execute(text(f"SELECT rowid, body FROM call_fts WHERE rowid IN ({marks})"))
        cjk = [(int(pk), cjk_body(str(body))) for pk, body in old]
        cjk = [(pk, b) for pk, b in cjk if b]
        if cjk:
            conn.exec_driver_sql(
                "INSERT INTO call_fts_cjk(call_fts_cjk, rowid, body) VALUES ('delete', ?, ?)", cjk
            )
        conn.execute(text(f"DELETE FROM call_fts WHERE rowid IN ({marks})"))

    def insert_new(self, conn: Connection, records: Sequence[CallRecord]) -> None:
        """Bulk-insert calls known to be new (generation, import): few statements per batch."""
        if not records:
            return
        for rec in records:
            self._guard_demo(bool(rec.row["demo"]))
        op_ids = {name: self._operator_id(conn, name) for name in {r.operator for r in records}}
        next_pk = int(conn.scalar(select(func.coalesce(func.max(m.calls.c.pk), 0))) or 0) + 1
        call_rows: list[dict[str, Any]] = []
        children: dict[str, list[dict[str, Any]]] = defaultdict(list)
        fts: list[tuple[int, str]] = []
        cjk: list[tuple[int, str]] = []
        for offset, rec in enumerate(records):
            pk = next_pk + offset
            call_rows.append({**rec.row, "pk": pk, "operator_id": op_ids[rec.operator]})
            children["check_results"].extend({**r, "call_pk": pk} for r in rec.checks)
            children["phrases_used"].extend({**r, "call_pk": pk} for r in rec.phrases)
            children["demands"].extend({**r, "call_pk": pk} for r in rec.demands)
            children["voc_tags"].extend({**r, "call_pk": pk} for r in rec.voc_tags)
            if rec.followup is not None:
                children["followups"].append({**rec.followup, "call_pk": pk})
            children["events"].extend({**e, "call_pk": pk} for e in rec.events)
            if rec.body:
                fts.append((pk, rec.body))
                body_cjk = cjk_body(rec.body)
                if body_cjk:
                    cjk.append((pk, body_cjk))
        self._bulk(conn, m.calls, call_rows)
        for name in ("check_results", "phrases_used", "demands", "voc_tags", "followups", "events"):
            self._bulk(conn, m.Base.metadata.tables[name], children[name])
        if self.is_sqlite:
            if fts:
                conn.exec_driver_sql("INSERT INTO call_fts(rowid, body) VALUES (?, ?)", fts)
            if cjk:
                conn.exec_driver_sql("INSERT INTO call_fts_cjk(rowid, body) VALUES (?, ?)", cjk)
        else:
            self._bulk(conn, m.call_search, [{"call_pk": pk, "body": b} for pk, b in fts])
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence('calls', 'pk'), "
                    "(SELECT MAX(pk) FROM calls))"
                )
            )

    def _bulk(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if not self.is_sqlite:
            conn.execute(insert(table), rows)
            return
        columns = list(rows[0].keys())
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        conn.exec_driver_sql(sql, [tuple(_sqlite_value(r.get(c)) for c in columns) for r in rows])

    def save_many(self, calls: Iterable[Call], batch: int = 1000) -> int:
        """Bulk-save new calls (replacing any already stored with the same id)."""
        count = 0
        chunk: list[CallRecord] = []
        now = utc_now()
        for call in calls:
            self._guard_demo(call.demo)
            chunk.append(record_of(call, now))
            if len(chunk) >= batch:
                count += self._save_records(chunk).imported
                chunk = []
        if chunk:
            count += self._save_records(chunk).imported
        return count

    def _save_records(self, records: Sequence[CallRecord]) -> ImportResult:
        result = ImportResult()
        with self._writing("saving calls") as conn:
            ids = [r.id for r in records]
            existing = set(conn.scalars(select(m.calls.c.id).where(m.calls.c.id.in_(ids))))
            fresh: dict[str, CallRecord] = {}
            for rec in records:
                if rec.id in existing:
                    self._replace(conn, rec)
                    result.replaced += 1
                else:
                    fresh[rec.id] = rec  # the last copy of a duplicated id wins
            self.insert_new(conn, list(fresh.values()))
            result.imported += len(fresh) + result.replaced
        return result

    def _replace(self, conn: Connection, rec: CallRecord) -> None:
        pk = conn.scalar(select(m.calls.c.pk).where(m.calls.c.id == rec.id))
        if pk is not None:
            if self.is_sqlite:
                self._unindex_sqlite(conn, [pk])
            conn.execute(delete(m.calls).where(m.calls.c.pk == pk))
        self._write_record(conn, rec, None)

    # --- loading -------------------------------------------------------------------------

    def _load_dicts(self, conn: Connection, pks: Sequence[int]) -> dict[int, dict[str, Any]]:
        if not pks:
            return {}
        rows = conn.execute(
            select(m.calls, m.operators.c.name.label("operator_name"))
            .join(m.operators, m.operators.c.id == m.calls.c.operator_id)
            .where(m.calls.c.pk.in_(pks))
        ).mappings()
        by_pk = {r["pk"]: r for r in rows}

        def children(table: Table, order: str) -> dict[int, list[Mapping[Any, Any]]]:
            grouped: dict[int, list[Mapping[Any, Any]]] = defaultdict(list)
            result = conn.execute(
                select(table)
                .where(table.c.call_pk.in_(pks))
                .order_by(table.c.call_pk, table.c[order])
            ).mappings()
            for r in result:
                grouped[r["call_pk"]].append(r)
            return grouped

        checks = children(m.check_results, "position")
        phrases = children(m.phrases_used, "position")
        demands = children(m.demands, "position")
        tags = children(m.voc_tags, "position")
        events = children(m.events, "seq")
        follow = {
            r["call_pk"]: r
            for r in conn.execute(
                select(m.followups).where(m.followups.c.call_pk.in_(pks))
            ).mappings()
        }
        out: dict[int, dict[str, Any]] = {}
        for pk, row in by_pk.items():
            out[pk] = dict_of_rows(
                row,
                row["operator_name"],
                checks.get(pk, []),
                phrases.get(pk, []),
                demands.get(pk, []),
                follow.get(pk),
                tags.get(pk, []),
                events.get(pk, []),
            )
        return out

    def load_call(self, call_id: str) -> Call | None:
        """The stored call with this id (or unique id prefix of 8+ characters), or ``None``."""
        with self._reading("loading the call") as conn:
            pk = self._pk_of(conn, call_id)
            if pk is None:
                return None
            d = self._load_dicts(conn, [pk]).get(pk)
        return None if d is None else Call.from_dict(d)

    def load_dict(self, call_id: str) -> dict[str, Any] | None:
        with self._reading("loading the call") as conn:
            pk = self._pk_of(conn, call_id)
            return None if pk is None else self._load_dicts(conn, [pk]).get(pk)

    def _pk_of(self, conn: Connection, call_id: str) -> int | None:
        pk = conn.scalar(select(m.calls.c.pk).where(m.calls.c.id == call_id))
        if pk is None and 8 <= len(call_id) < 36:
            found = list(
                conn.scalars(
                    select(m.calls.c.pk)
                    .where(m.calls.c.id >= call_id, m.calls.c.id < call_id + "\uffff")
                    .limit(2)
                )
            )
            if len(found) == 1:
                pk = found[0]
        return None if pk is None else int(pk)

    def find_unfinished(self, operator: str) -> list[Call]:
        """This operator's calls that were never ended (e.g. after a crash), oldest first."""
        with self._reading("looking for unfinished calls") as conn:
            pks = list(
                conn.scalars(
                    select(m.calls.c.pk)
                    .join(m.operators, m.operators.c.id == m.calls.c.operator_id)
                    .where(
                        m.operators.c.name == operator,
                        m.calls.c.ended_at.is_(None),
                        m.calls.c.demo == self.demo,
                    )
                    .order_by(m.calls.c.pk)
                )
            )
            dicts = self._load_dicts(conn, pks)
        return [Call.from_dict(dicts[pk]) for pk in pks if pk in dicts]

    def iter_dicts(
        self, *, since: datetime | None = None, until: datetime | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every stored call as ``Call.to_dict()`` values, in insertion order."""
        last = 0
        while True:
            with self._reading("reading calls") as conn:
                query = select(m.calls.c.pk).where(m.calls.c.pk > last)
                if since is not None:
                    query = query.where(m.calls.c.started_at >= since)
                if until is not None:
                    query = query.where(m.calls.c.started_at < until)
                pks = list(conn.scalars(query.order_by(m.calls.c.pk).limit(LOAD_BATCH)))
                if not pks:
                    return
                dicts = self._load_dicts(conn, pks)
            for pk in pks:
                if pk in dicts:
                    yield dicts[pk]
            last = pks[-1]

    def count_calls(self) -> int:
        with self._reading("counting calls") as conn:
            return int(conn.scalar(select(func.count()).select_from(m.calls)) or 0)

    # --- lists ---------------------------------------------------------------------------

    def recent(self, limit: int = 50, operator: str | None = None) -> list[CallSummary]:
        """The latest calls (optionally of one operator), newest first."""
        query = _summary_select().where(m.calls.c.started_at.is_not(None))
        if operator is not None:
            query = query.where(m.operators.c.name == operator)
        query = query.order_by(m.calls.c.started_at.desc()).limit(limit)
        with self._reading("listing calls") as conn:
            return [_summary(r) for r in conn.execute(query)]

    def calls_by_operator(
        self,
        operator: str,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
    ) -> list[CallSummary]:
        query = _summary_select().where(
            m.operators.c.name == operator, m.calls.c.started_at.is_not(None)
        )
        if since is not None:
            query = query.where(m.calls.c.started_at >= since)
        if until is not None:
            query = query.where(m.calls.c.started_at < until)
        query = query.order_by(m.calls.c.started_at.desc()).limit(limit)
        with self._reading("listing calls") as conn:
            return [_summary(r) for r in conn.execute(query)]

    def followups_due(
        self,
        on_or_before: date | None = None,
        operator: str | None = None,
        limit: int = 200,
        include_undated: bool = False,
    ) -> list[CallSummary]:
        """Open follow-ups due on or before the day (default today), soonest first."""
        day = on_or_before or datetime.now().date()
        when = m.followups.c.due <= day
        if include_undated:
            when = when | m.followups.c.due.is_(None)
        query = (
            select(*_SUMMARY_COLUMNS)
            .select_from(m.followups)
            .join(m.calls, m.calls.c.pk == m.followups.c.call_pk)
            .join(m.operators, m.operators.c.id == m.calls.c.operator_id)
            .where(m.followups.c.done == False, when)  # noqa: E712 - SQL expression
        )
        if operator is not None:
            query = query.where(m.operators.c.name == operator)
        query = query.order_by(m.followups.c.due, m.followups.c.call_pk).limit(limit)
        with self._reading("listing follow-ups") as conn:
            return [_summary(r) for r in conn.execute(query)]

    # --- search --------------------------------------------------------------------------

    def search(self, query_text: str, limit: int = 50) -> list[SearchHit]:
        """Calls whose phone, name, reference, notes or customer's words contain the text.

        Every space-separated term must occur (substring match, ja and en, width and case
        folded). Newest first.
        """
        q = normalise(query_text)
        if not q:
            return []
        terms = [t.replace("%", "").replace("_", "") for t in q.split(" ")]
        terms = [t for t in terms if t]
        if not terms:
            return []
        with self._reading("searching") as conn:
            pks = (
                self._search_sqlite(conn, terms, limit)
                if self.is_sqlite
                else self._search_pg(conn, terms, limit)
            )
            if not pks:
                return []
            bodies = self._bodies(conn, pks)
            by_pk = {
                int(r.pk): _summary(r)
                for r in conn.execute(
                    _summary_select().add_columns(m.calls.c.pk).where(m.calls.c.pk.in_(pks))
                )
            }
        hits: list[SearchHit] = []
        for pk in pks:
            if pk in by_pk:
                hits.append(SearchHit(by_pk[pk], _snippet(bodies.get(pk, ""), terms)))
        return hits

    def _search_sqlite(self, conn: Connection, terms: list[str], limit: int) -> list[int]:
        params: dict[str, Any] = {"limit": limit}
        if all(len(t) < 3 for t in terms) and all(all(is_cjk(c) for c in t) for t in terms):
            # 1–2 character Japanese: the per-character index answers it as a phrase.
            params["q"] = " AND ".join(cjk_query(t) for t in terms)
            sql = (
                "SELECT rowid FROM call_fts_cjk WHERE call_fts_cjk MATCH :q "
                "ORDER BY rowid DESC LIMIT :limit"
            )
            return [int(r[0]) for r in conn.execute(text(sql), params)]
        # Trigram index for terms of 3+ characters; shorter ones are checked on the rows it
        # finds (or, when every term is short and not Japanese, by a scan that stops at
        # `limit` hits).
        clauses = []
        for i, term in enumerate(terms):
            params[f"t{i}"] = term
            if len(term) >= 3:
                clauses.append(f"body LIKE '%' || :t{i} || '%'")
            else:
                clauses.append(f"instr(body, :t{i}) > 0")
        sql = (
            f"SELECT rowid FROM call_fts WHERE {' AND '.join(clauses)} "
            "ORDER BY rowid DESC LIMIT :limit"
        )
        return [int(r[0]) for r in conn.execute(text(sql), params)]

    def _search_pg(self, conn: Connection, terms: list[str], limit: int) -> list[int]:
        body = m.call_search.c.body
        query = (
            select(m.call_search.c.call_pk)
            .where(and_(*(body.like(f"%{t}%") for t in terms)))
            .order_by(m.call_search.c.call_pk.desc())
            .limit(limit)
        )
        return [int(pk) for pk in conn.scalars(query)]

    def _bodies(self, conn: Connection, pks: Sequence[int]) -> dict[int, str]:
        if self.is_sqlite:
            marks = ", ".join(str(int(pk)) for pk in pks)
            rows = conn.execute(text(f"SELECT rowid, body FROM call_fts WHERE rowid IN ({marks})"))
        else:
            rows = conn.execute(
                select(m.call_search.c.call_pk, m.call_search.c.body).where(
                    m.call_search.c.call_pk.in_(pks)
                )
            )
        return {int(pk): str(body) for pk, body in rows}

    # --- supervisors ---------------------------------------------------------------------

    def recurring(
        self,
        since: datetime,
        until: datetime | None = None,
        limit: int = 20,
        operator: str | None = None,
    ) -> Recurring:
        """Counts of causes checked, voice-of-customer tags, prevention ideas, categories and
        outcomes over ``[since, until)`` — what keeps coming back (DOMAIN §6)."""
        end = until or utc_now()
        in_period = and_(
            m.calls.c.started_at >= since,
            m.calls.c.started_at < end,
            m.calls.c.demo == False,  # noqa: E712
        )
        if operator is not None:
            op_id = select(m.operators.c.id).where(m.operators.c.name == operator).scalar_subquery()
            in_period = and_(in_period, m.calls.c.operator_id == op_id)
        cr = m.check_results
        with self._reading("counting recurring causes") as conn:
            total = int(conn.scalar(select(func.count()).where(in_period)) or 0)
            cause_rows = conn.execute(
                select(
                    cr.c.cause_id,
                    func.count(),
                    func.sum(case((cr.c.status == "fixed", 1), else_=0)),
                    func.sum(case((cr.c.status == "not_fixed", 1), else_=0)),
                )
                .join(m.calls, m.calls.c.pk == cr.c.call_pk)
                .where(in_period, cr.c.status != "not_tried")
                .group_by(cr.c.cause_id)
                .order_by(func.count().desc(), cr.c.cause_id)
                .limit(limit)
            ).all()
            tag_rows = conn.execute(
                select(m.voc_tags.c.tag, func.count())
                .join(m.calls, m.calls.c.pk == m.voc_tags.c.call_pk)
                .where(in_period)
                .group_by(m.voc_tags.c.tag)
                .order_by(func.count().desc(), m.voc_tags.c.tag)
                .limit(limit)
            ).all()

            def grouped(column: Any) -> list[tuple[str, int]]:
                rows = conn.execute(
                    select(column, func.count())
                    .where(in_period, column.is_not(None), column != "")
                    .group_by(column)
                    .order_by(func.count().desc(), column)
                    .limit(limit)
                ).all()
                return [(str(a), int(b)) for a, b in rows]

            prevention = grouped(m.calls.c.prevention)
            categories = grouped(m.calls.c.category)
            outcomes = grouped(m.calls.c.outcome)
        return Recurring(
            since=since,
            until=end,
            calls=total,
            causes=[
                CauseCount(str(c), int(n), int(f or 0), int(nf or 0)) for c, n, f, nf in cause_rows
            ],
            tags=[(str(t), int(n)) for t, n in tag_rows],
            prevention=prevention,
            categories=categories,
            outcomes=outcomes,
        )

    # --- retention -----------------------------------------------------------------------

    def purge(self, older_than_days: int, now: datetime | None = None) -> PurgeResult:
        """Delete calls that started more than ``older_than_days`` ago, bytes really gone.

        SQLite: ``secure_delete`` zeroes freed pages, the full-text indexes are rebuilt
        without the deleted text, and the WAL is checkpointed and truncated.
        """
        if older_than_days < 0:
            raise StoreError("--older-than must be zero or more days", BAD_INPUT)
        cutoff = (now or utc_now()) - timedelta(days=older_than_days)
        old = (m.calls.c.started_at < cutoff) | (
            m.calls.c.started_at.is_(None) & (m.calls.c.updated_at < cutoff)
        )
        deleted = 0
        with self._writing("purging old calls") as conn:
            pks = list(conn.scalars(select(m.calls.c.pk).where(old)))
            for i in range(0, len(pks), LOAD_BATCH):
                chunk = pks[i : i + LOAD_BATCH]
                if self.is_sqlite:
                    self._unindex_sqlite(conn, chunk)
                for table in (
                    m.events,
                    m.check_results,
                    m.phrases_used,
                    m.demands,
                    m.voc_tags,
                    m.followups,
                    m.call_search,
                ):
                    conn.execute(delete(table).where(table.c.call_pk.in_(chunk)))
                deleted += conn.execute(delete(m.calls).where(m.calls.c.pk.in_(chunk))).rowcount
            if self.is_sqlite and pks:
                conn.execute(text("INSERT INTO call_fts(call_fts) VALUES ('optimize')"))
                conn.execute(text("INSERT INTO call_fts_cjk(call_fts_cjk) VALUES ('optimize')"))
        self.checkpoint()
        if not self.is_sqlite and deleted:
            self._pg_vacuum()
        replaced = self._replace_backups() if deleted else 0
        return PurgeResult(deleted, cutoff, replaced)

    def _replace_backups(self) -> int:
        """Older backups still hold the purged calls: replace them with one fresh backup."""
        if self.db_path is None:
            return 0
        from assistdesk.store import backup as backups

        old = backups.list_backups(self.db_path)
        if not old:
            return 0
        fresh = backups.take_backup(self.db_path, reason="after-purge")
        for info in old:
            if info.path != fresh.path:
                info.path.unlink(missing_ok=True)
        return len(old)

    def checkpoint(self) -> None:
        """SQLite: copy the WAL into the database and truncate it."""
        if not self.is_sqlite:
            return
        with self._reading("checkpointing") as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        if self.db_path is not None:
            secure_files(self.db_path)

    def _pg_vacuum(self) -> None:
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                for name in ("events", "calls", "call_search", "phrases_used", "demands"):
                    conn.exec_driver_sql(f"VACUUM {name}")
        except SQLAlchemyError:
            pass  # best effort: autovacuum gets there too

    # --- maintenance ---------------------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """Empty when the database is intact (SQLite: integrity, foreign keys, FTS)."""
        problems: list[str] = []
        with self._reading("checking the database") as conn:
            if self.is_sqlite:
                rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                if rows != ["ok"]:
                    problems.extend(rows[:20])
                for r in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                    problems.append(f"foreign key: {tuple(r)}")
                present = {
                    str(r[0])
                    for r in conn.exec_driver_sql(
                        "SELECT name FROM sqlite_master WHERE type = 'table'"
                    )
                }
                for table in ("call_fts", "call_fts_cjk"):
                    if table not in present:
                        continue  # an older schema, before its upgrade
                    try:
                        conn.exec_driver_sql(
                            f"INSERT INTO {table}({table}) VALUES ('integrity-check')"
                        )
                    except SQLAlchemyError as exc:
                        problems.append(f"{table}: {getattr(exc, 'orig', exc)}")
                conn.rollback()
            else:
                conn.execute(text("SELECT 1"))
                orphans = conn.scalar(
                    text(
                        "SELECT count(*) FROM calls c "
                        "LEFT JOIN call_search s ON s.call_pk = c.pk WHERE s.call_pk IS NULL"
                    )
                )
                if orphans:
                    problems.append(f"{orphans} call(s) missing from the search index")
        return problems

    def size_bytes(self) -> int:
        if self.is_sqlite and self.db_path is not None:
            return sum(p.stat().st_size for p in _existing(self.db_path))
        with self._reading("measuring the database") as conn:
            return int(conn.scalar(text("SELECT pg_database_size(current_database())")) or 0)


def _existing(db: Path) -> list[Path]:
    from assistdesk.store.engine import sidecar_files

    return [p for p in sidecar_files(db) if p.exists()]


def _snippet(body: str, terms: Sequence[str]) -> str:
    flat = body.replace("\n", " / ")
    lowered = flat
    best = -1
    for term in terms:
        best = lowered.find(term)
        if best >= 0:
            break
    if best < 0:
        return flat[:SNIPPET_CHARS]
    start = max(0, best - SNIPPET_CHARS // 3)
    piece = flat[start : start + SNIPPET_CHARS]
    return ("…" if start > 0 else "") + piece + ("…" if start + SNIPPET_CHARS < len(flat) else "")


def require_call(store: Store, call_id: str) -> Call:
    call = store.load_call(call_id)
    if call is None:
        raise StoreError(f"no call with id {call_id!r}", NOT_FOUND)
    return call


def record_from_dict(d: Mapping[str, Any]) -> CallRecord:
    """Rows for an imported ``Call.to_dict()`` value (already validated and masked)."""
    return record_of_dict(d, utc_now())


__all__ = [
    "CallSummary",
    "CauseCount",
    "ImportResult",
    "PurgeResult",
    "Recurring",
    "SaveState",
    "SearchHit",
    "Store",
    "has_cjk",
    "require_call",
]
