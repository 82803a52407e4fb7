"""Make ``tests/fixtures/db_v1.sqlite``: a call log written with the first schema (0001).

    .venv/bin/python -m tests.store.make_db_v1

The calls it holds are also written to ``tests/store/data/db_v1_calls.jsonl`` (as
``Call.to_dict()``, card-masked) so that the upgrade test can prove nothing was lost.
Rows are written with plain inserts into the tables as revision 0001 created them
(reflected from the file), so later model changes cannot leak into the fixture.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine

from assistdesk.store.generate import Generator
from assistdesk.store.migrate import upgrade
from assistdesk.store.records import masked_dict, record_of_dict
from assistdesk.store.types import to_micros

from .helpers import FakeClock, full_call

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "db_v1.sqlite"
EXPECTED = ROOT / "tests" / "store" / "data" / "db_v1_calls.jsonl"


def value(v: Any) -> Any:
    if isinstance(v, datetime):
        return to_micros(v)
    if isinstance(v, bool):
        return int(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return v


def main() -> None:
    dicts: list[dict[str, Any]] = [masked_dict(full_call("ja")), masked_dict(full_call("en"))]
    unfinished = full_call("ja", operator="kato", clock=FakeClock(), end=False)
    dicts.append(masked_dict(unfinished))
    dicts.extend(Generator(seed=11, end=datetime(2026, 3, 1, tzinfo=UTC)).dicts(40))
    FIXTURE.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{FIXTURE}")
    upgrade(engine, "0001")
    meta = MetaData()
    meta.reflect(engine)
    engine.dispose()
    conn = sqlite3.connect(FIXTURE)
    operators: dict[str, int] = {}
    now = datetime(2026, 3, 2, tzinfo=UTC)

    def insert(table: str, row: dict[str, Any]) -> int:
        cols = [c for c in row if c in meta.tables[table].c]
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        cur = conn.execute(sql, [value(row[c]) for c in cols])
        return int(cur.lastrowid or 0)

    for d in dicts:
        rec = record_of_dict(d, now)
        if rec.operator not in operators:
            operators[rec.operator] = insert("operators", {"name": rec.operator, "created_at": now})
        pk = insert("calls", {**rec.row, "operator_id": operators[rec.operator]})
        for table, rows in (
            ("check_results", rec.checks),
            ("phrases_used", rec.phrases),
            ("demands", rec.demands),
            ("voc_tags", rec.voc_tags),
            ("events", rec.events),
            ("followups", [rec.followup] if rec.followup else []),
        ):
            for r in rows:
                insert(table, {**r, "call_pk": pk})
        conn.execute("INSERT INTO call_fts(rowid, body) VALUES (?, ?)", (pk, rec.body))
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    with EXPECTED.open("w", encoding="utf-8") as out:
        for d in dicts:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {FIXTURE} ({len(dicts)} calls) and {EXPECTED}")


if __name__ == "__main__":
    main()
