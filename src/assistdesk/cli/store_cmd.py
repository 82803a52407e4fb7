"""``assistdesk calls …`` and ``assistdesk db …``: headless access to the call log.

Works the same on SQLite and PostgreSQL (``--db URL`` / ``ASSISTDESK_DB_URL``). Errors
print one clear line (``assistdesk: error: …``) and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistdesk.store import CallSummary, Store

Handler = Callable[[argparse.Namespace], int]
EXIT_ERROR = 1


def register(sub: Any) -> None:
    calls = sub.add_parser("calls", help="the call log: list, show, search, export, import, purge")
    calls_sub = calls.add_subparsers(dest="calls_command", metavar="ACTION", required=True)

    p = calls_sub.add_parser("list", help="recent calls, newest first")
    p.add_argument("--operator", help="only this operator's calls")
    p.add_argument("--limit", type=int, default=50, help="how many (50)")
    p.set_defaults(handler=_guard(run_list))

    p = calls_sub.add_parser("show", help="one call in full")
    p.add_argument("id", help="call id (or a unique prefix of 8+ characters)")
    p.add_argument("--json", action="store_true", help="print the call as JSON")
    p.set_defaults(handler=_guard(run_show))

    p = calls_sub.add_parser("search", help="find calls by phone, name, reference or words")
    p.add_argument("text", nargs="+", help="what to look for (every word must occur)")
    p.add_argument("--limit", type=int, default=50, help="how many hits (50)")
    p.set_defaults(handler=_guard(run_search))

    p = calls_sub.add_parser("followups", help="open follow-ups due (today by default)")
    p.add_argument("--until", type=date.fromisoformat, help="due on or before YYYY-MM-DD")
    p.add_argument("--operator", help="only this operator's follow-ups")
    p.set_defaults(handler=_guard(run_followups))

    p = calls_sub.add_parser("recurring", help="what keeps recurring: causes, tags, prevention")
    p.add_argument("--days", type=int, default=30, help="period length in days (30)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=_guard(run_recurring))

    p = calls_sub.add_parser("export", help="export every call (stdout unless --output)")
    p.add_argument("--format", choices=("csv", "jsonl"), required=True)
    p.add_argument("--mask", action="store_true", help="mask customers' phone numbers and names")
    p.add_argument("--output", "-o", type=Path, help="file to write")
    p.set_defaults(handler=_guard(run_export))

    p = calls_sub.add_parser("import", help="import a JSONL export ('-' for stdin)")
    p.add_argument("file", help="JSONL file")
    p.set_defaults(handler=_guard(run_import))

    p = calls_sub.add_parser("purge", help="delete calls older than DAYS, bytes really gone")
    p.add_argument("--older-than", type=int, required=True, metavar="DAYS")
    p.set_defaults(handler=_guard(run_purge))

    db = sub.add_parser("db", help="the database: check, backup, migrate, generate")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    p = db_sub.add_parser("check", help="exit 0 when the database is intact")
    p.set_defaults(handler=_guard(run_check))
    p = db_sub.add_parser("backup", help="a consistent copy of the SQLite call log")
    p.add_argument("path", type=Path, help="file (or folder) to write the backup to")
    p.set_defaults(handler=_guard(run_backup))
    p = db_sub.add_parser("migrate", help="upgrade the schema (after a backup)")
    p.set_defaults(handler=_guard(run_migrate))
    p = db_sub.add_parser("generate", help="add realistic synthetic calls")
    p.add_argument("--calls", type=int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.add_argument("--days", type=int, default=365, help="spread over this many days (365)")
    p.set_defaults(handler=_guard(run_generate))


def _fail(message: str) -> int:
    print(f"assistdesk: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _guard(fn: Handler) -> Handler:
    """Turn every expected failure into one line on stderr and a non-zero exit."""

    @functools.wraps(fn)
    def wrapper(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import ArgumentError, SQLAlchemyError

        from assistdesk.store.errors import StoreError, translate

        try:
            return fn(args)
        except StoreError as exc:
            return _fail(str(exc))
        except ArgumentError as exc:
            return _fail(f"bad database URL: {exc}")
        except SQLAlchemyError as exc:
            return _fail(str(translate(exc, "the database command")))
        except ModuleNotFoundError as exc:
            return _fail(f"missing database driver or module: {exc.name}")
        except BrokenPipeError:
            raise  # the reader went away (``| head``): the CLI root handles it
        except OSError as exc:
            where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
            return _fail(f"{exc.strerror or exc}{where}")
        except ValueError as exc:
            return _fail(str(exc))

    return wrapper


def _open(args: argparse.Namespace, **kwargs: Any) -> Store:
    from assistdesk.store import open_store

    store = open_store(args.db, demo=bool(getattr(args, "demo", False)), **kwargs)
    for line in store.report.messages:
        print(f"assistdesk: {line}", file=sys.stderr)
    return store


def _local(moment: datetime | None) -> str:
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _line(s: CallSummary, extra: str = "") -> str:
    customer = " ".join(v for v in (s.customer_name, s.customer_phone, s.customer_reference) if v)
    cells = [
        s.id,
        _local(s.started_at),
        s.operator,
        customer or "-",
        s.category or "-",
        s.outcome or ("open" if s.ended_at is None else "-"),
    ]
    if extra:
        cells.append(extra)
    return "\t".join(cells)


def run_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        for s in store.recent(limit=args.limit, operator=args.operator):
            print(_line(s))
    return 0


def run_show(args: argparse.Namespace) -> int:
    from assistdesk.store.repository import require_call

    with _open(args) as store:
        call = require_call(store, args.id)
    if args.json:
        print(json.dumps(call.to_dict(), ensure_ascii=False, indent=2))
        return 0
    d = call.to_dict()
    rows = [
        ("id", d["id"]),
        ("operator", d["operator"]),
        ("language", d["lang"]),
        ("started", _local(call.started_at)),
        ("ended", _local(call.ended_at)),
        ("customer", " ".join(v for v in (d["customer_name"], d["customer_phone"]) if v) or "-"),
        ("reference", d["customer_reference"] or "-"),
        ("category", f"{d['category'] or '-'} ({d['channel']})"),
        ("outcome", d["outcome"] or "-"),
    ]
    for key, value in rows:
        print(f"{key:<18}{value}")
    for line in d["transcript"]:
        print(f"{'customer said':<18}{line}")
    for prompt, answer in d["intake"].items():
        print(f"{'intake':<18}{prompt}: {answer}")
    for cause, status in d["checks"].items():
        print(f"{'check':<18}{cause}: {status}")
    for p in d["phrases_used"]:
        print(f"{'phrase':<18}{p['kind']}: {p['text']}")
    for x in d["demands"]:
        state = "declined" if x["declined"] else "flagged"
        print(f"{'demand':<18}{x['id']} ({state}): {x['verbatim']}")
    for key in ("immediate_action", "prevention", "handoff_summary", "notes"):
        if d[key]:
            print(f"{key.replace('_', ' '):<18}{d[key]}")
    if d["followup"]:
        f = d["followup"]
        state = "done" if f["done"] else "open"
        print(f"{'follow-up':<18}{f['due'] or 'no date'} {state}: {f['note']}")
    if d["voc_tags"]:
        print(f"{'voice of customer':<18}{', '.join(d['voc_tags'])}")
    print(f"{'events':<18}{len(d['timeline'])}")
    return 0


def run_search(args: argparse.Namespace) -> int:
    with _open(args) as store:
        for hit in store.search(" ".join(args.text), limit=args.limit):
            print(_line(hit.call, hit.snippet))
    return 0


def run_followups(args: argparse.Namespace) -> int:
    with _open(args) as store:
        for s in store.followups_due(on_or_before=args.until, operator=args.operator):
            print(_line(s, f"due {s.followup_due}: {s.followup_note or ''}"))
    return 0


def run_recurring(args: argparse.Namespace) -> int:
    since = datetime.now(UTC) - timedelta(days=args.days)
    with _open(args) as store:
        r = store.recurring(since)
    if args.json:
        out = {
            "since": r.since.isoformat(),
            "until": r.until.isoformat(),
            "calls": r.calls,
            "causes": [c.__dict__ for c in r.causes],
            "tags": r.tags,
            "prevention": r.prevention,
            "categories": r.categories,
            "outcomes": r.outcomes,
        }
        print(json.dumps(out, ensure_ascii=False))
        return 0
    print(f"{r.calls} calls since {_local(r.since)}")
    print("causes checked (checked / fixed / not fixed):")
    for c in r.causes:
        print(f"  {c.cause_id}\t{c.checked}\t{c.fixed}\t{c.not_fixed}")
    for title, items in (
        ("voice-of-customer tags", r.tags),
        ("prevention ideas", r.prevention),
        ("categories", r.categories),
        ("outcomes", r.outcomes),
    ):
        print(f"{title}:")
        for name, count in items:
            print(f"  {name}\t{count}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from assistdesk.store.exchange import export_csv, export_jsonl

    exporter = export_csv if args.format == "csv" else export_jsonl
    with _open(args) as store:
        if args.output is None:
            sys.stdout.reconfigure(encoding="utf-8", newline="")  # type: ignore[union-attr]
            n = exporter(store, sys.stdout, args.mask)
            sys.stdout.flush()
        else:
            from assistdesk import paths

            with open(args.output, "w", encoding="utf-8", newline="") as out:
                paths.make_private(args.output)
                n = exporter(store, out, args.mask)
            print(f"exported {n} call(s) to {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from assistdesk.store.exchange import import_jsonl

    with _open(args) as store:
        if args.file == "-":
            result = import_jsonl(store, sys.stdin, "<stdin>")
        else:
            with open(args.file, encoding="utf-8-sig") as source:
                result = import_jsonl(store, source, args.file)
    print(f"imported {result.imported} call(s) ({result.replaced} replaced)")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    with _open(args) as store:
        result = store.purge(args.older_than)
    print(f"purged {result.calls_deleted} call(s) started before {_local(result.cutoff)}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from assistdesk.store.engine import resolve_url, sqlite_path
    from assistdesk.store.migrate import current_revision, head_revision
    from assistdesk.store.opening import health_problem

    url = resolve_url(args.db, bool(getattr(args, "demo", False)))
    db = sqlite_path(url)
    if db is not None:
        if not db.exists():
            return _fail(f"no call log at {db}")
        problem = health_problem(db, quick=False)
        if problem is not None:
            return _fail(f"the call log is damaged: {problem}")
    with _open(args, migrate=False, recover_damaged=False, daily_backup=False) as store:
        revision = current_revision(store.engine)
        problems = store.integrity_problems()
        count = store.count_calls() if revision is not None else 0
    for p in problems:
        print(p)
    if problems:
        return _fail(f"{len(problems)} problem(s) found")
    head = head_revision()
    state = "up to date" if revision == head else f"schema {revision}, upgrade to {head} pending"
    print(f"ok: {count} call(s), schema {revision or 'none'} ({state})")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from assistdesk.store.backup import copy_database
    from assistdesk.store.errors import StoreError

    with _open(args, daily_backup=False) as store:
        if store.db_path is None:
            raise StoreError(
                "db backup copies a SQLite call log; for PostgreSQL use pg_dump "
                "(or `assistdesk calls export --format jsonl`)"
            )
        target: Path = args.path
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = target / f"assistdesk-backup-{stamp}.sqlite3"
        copy_database(store.db_path, target)
    print(f"backup written to {target}")
    return 0


def run_migrate(args: argparse.Namespace) -> int:
    with _open(args, daily_backup=False) as store:
        report = store.report
    if report.migrated_to is None:
        print("the call log is up to date")
    elif report.migrated_from is None:
        print(f"created the call log (schema {report.migrated_to})")
    else:
        backup = f"; backup: {report.backup}" if report.backup else ""
        print(f"upgraded from schema {report.migrated_from} to {report.migrated_to}{backup}")
    return 0


def run_generate(args: argparse.Namespace) -> int:
    from assistdesk.store.generate import generate

    if args.calls < 0:
        return _fail("--calls must be zero or more")
    started = time.perf_counter()
    last = [started]

    def progress(done: int) -> None:
        now = time.perf_counter()
        if now - last[0] >= 5:
            last[0] = now
            rate = done / (now - started)
            print(f"  {done} calls ({rate:,.0f}/s)", file=sys.stderr)

    with _open(args, daily_backup=False) as store:
        n = generate(store, args.calls, seed=args.seed, days=args.days, progress=progress)
    elapsed = time.perf_counter() - started
    rate = n / elapsed if elapsed > 0 else 0.0
    print(f"generated {n} call(s) in {elapsed:.1f} s ({rate:,.0f} calls/s)")
    return 0
