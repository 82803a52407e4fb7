"""Export (JSONL, CSV) and import (JSONL) of the call log.

* JSONL: one ``Call.to_dict()`` object per line; export → import → export is identical.
* CSV: one row per call, UTF-8 with a BOM (Excel opens Japanese text correctly), cells a
  spreadsheet would run as formulas neutralised.
* ``mask=True`` also masks customers' phone numbers and names (card numbers are always
  masked: they never reach the database unmasked).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, Final, TextIO

from assistdesk.core.call import CUSTOMER_SET, Call
from assistdesk.store.errors import BAD_INPUT, StoreError
from assistdesk.store.privacy import mask_name, mask_phone, neutralise_cell
from assistdesk.store.records import CallRecord, dumps, masked_dict, record_of_dict
from assistdesk.store.repository import ImportResult, Store

IMPORT_BATCH: Final = 1000
CSV_COLUMNS: Final = (
    "id",
    "started_at",
    "ended_at",
    "operator",
    "lang",
    "channel",
    "category",
    "customer_name",
    "customer_phone",
    "customer_reference",
    "outcome",
    "fault_confirmed",
    "checks",
    "phrases_used",
    "demands",
    "immediate_action",
    "prevention",
    "followup_due",
    "followup_note",
    "followup_done",
    "voc_tags",
    "handoff_summary",
    "notes",
    "transcript",
)


def mask_personal(d: dict[str, Any]) -> dict[str, Any]:
    """Phone numbers and names masked, also inside the timeline."""
    d = dict(d)
    d["customer_name"] = mask_name(d.get("customer_name"))
    d["customer_phone"] = mask_phone(d.get("customer_phone"))
    timeline = []
    for e in d.get("timeline", []):
        if e.get("type") == CUSTOMER_SET:
            data = dict(e["data"])
            data["name"] = mask_name(data.get("name"))
            data["phone"] = mask_phone(data.get("phone"))
            e = {**e, "data": data}
        timeline.append(e)
    d["timeline"] = timeline
    return d


def _dicts(store: Store, mask: bool) -> Iterator[dict[str, Any]]:
    for d in store.iter_dicts():
        yield mask_personal(d) if mask else d


def export_jsonl(store: Store, out: TextIO, mask: bool = False) -> int:
    """Write every call as one JSON line; returns the number of calls."""
    n = 0
    for d in _dicts(store, mask):
        out.write(dumps(d))
        out.write("\n")
        n += 1
    return n


def csv_row(d: dict[str, Any]) -> list[str]:
    follow = d.get("followup") or {}
    values: dict[str, Any] = {
        **d,
        "fault_confirmed": "yes" if d["fault_confirmed"] else "no",
        "checks": "; ".join(f"{k}={v}" for k, v in d["checks"].items()),
        "phrases_used": "; ".join(f"{p['kind']}: {p['text']}" for p in d["phrases_used"]),
        "demands": "; ".join(
            f"{x['id']}{' (declined)' if x['declined'] else ''}: {x['verbatim']}"
            for x in d["demands"]
        ),
        "followup_due": follow.get("due") or "",
        "followup_note": follow.get("note") or "",
        "followup_done": "" if not follow else ("yes" if follow.get("done") else "no"),
        "voc_tags": "; ".join(d["voc_tags"]),
        "transcript": "\n".join(d["transcript"]),
    }
    return [neutralise_cell("" if values.get(c) is None else str(values[c])) for c in CSV_COLUMNS]


def export_csv(store: Store, out: TextIO, mask: bool = False) -> int:
    """Write a CSV (with a leading BOM) of every call; returns the number of calls."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    n = 0
    for d in _dicts(store, mask):
        writer.writerow(csv_row(d))
        n += 1
    return n


def parse_jsonl(
    lines: Iterable[str], name: str = "<input>"
) -> tuple[list[dict[str, Any]], list[str]]:
    """Validated, card-masked call dicts from JSONL lines, and ``FILE:LINE: message`` errors."""
    calls: list[dict[str, Any]] = []
    errors: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            call = Call.from_dict(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{name}:{number}: not valid JSON ({exc.msg})")
            continue
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            errors.append(f"{name}:{number}: {exc}")
            continue
        calls.append(masked_dict(call))
    return calls, errors


def import_jsonl(store: Store, source: TextIO, name: str = "<input>") -> ImportResult:
    """Import a JSONL export. Nothing is imported when any line is invalid.

    A call whose id is already stored is replaced by the imported copy.
    """
    dicts, errors = parse_jsonl(source, name)
    if errors:
        shown = "\n".join(errors[:20])
        more = f"\n… and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise StoreError(f"nothing imported; fix these lines first:\n{shown}{more}", BAD_INPUT)
    if not store.demo:
        for number, d in enumerate(dicts, start=1):
            if d["demo"]:
                raise StoreError(
                    f"{name}: call {d['id']} is a practice (demo) call; demo calls never enter "
                    "the real call log (nothing imported)",
                    BAD_INPUT,
                )
            del number
    result = ImportResult()
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    for i in range(0, len(dicts), IMPORT_BATCH):
        records: list[CallRecord] = [record_of_dict(d, now) for d in dicts[i : i + IMPORT_BATCH]]
        part = store._save_records(records)
        result.imported += part.imported
        result.replaced += part.replaced
    return result
