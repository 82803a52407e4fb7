"""Mapping between a :class:`~assistdesk.core.call.Call` and the rows that store it.

Everything written passes through :func:`masked_dict` first, so no card number reaches the
disk; ``load(save(call)).to_dict() == masked_dict(call)``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from assistdesk.core.call import CHECK_MARKED, Call, Event, parse_moment
from assistdesk.store.privacy import mask_card_numbers, mask_value
from assistdesk.store.searchtext import build_body, digits_of

_FREE_TEXT = (
    "customer_name",
    "customer_phone",
    "customer_reference",
    "immediate_action",
    "prevention",
    "handoff_summary",
    "notes",
)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _mask_opt(value: str | None) -> str | None:
    return None if value is None else mask_card_numbers(value)


def masked_dict(call: Call) -> dict[str, Any]:
    """``call.to_dict()`` with card numbers masked in every free-text field and event."""
    d = call.to_dict()
    for key in _FREE_TEXT:
        d[key] = _mask_opt(d[key])
    d["intake"] = {k: mask_card_numbers(v) for k, v in d["intake"].items()}
    d["transcript"] = [mask_card_numbers(t) for t in d["transcript"]]
    for p in d["phrases_used"]:
        p["text"] = mask_card_numbers(p["text"])
    for dm in d["demands"]:
        dm["verbatim"] = mask_card_numbers(dm["verbatim"])
    if d["followup"] is not None:
        d["followup"]["note"] = mask_card_numbers(d["followup"]["note"])
    d["voc_tags"] = [mask_card_numbers(t) for t in d["voc_tags"]]
    for e in d["timeline"]:
        e["data"] = mask_value(e["data"])
    return d


@dataclass
class CallRecord:
    """The rows of one call (without database keys), card-masked."""

    id: str
    operator: str
    row: dict[str, Any]
    checks: list[dict[str, Any]]
    phrases: list[dict[str, Any]]
    demands: list[dict[str, Any]]
    followup: dict[str, Any] | None
    voc_tags: list[dict[str, Any]]
    body: str
    events: list[dict[str, Any]]


def _moment(value: str | None, field: str) -> datetime | None:
    return None if value is None else parse_moment(value, field)


def record_of(call: Call, updated_at: datetime) -> CallRecord:
    """The rows for ``call`` as it is now."""
    d = masked_dict(call)
    return record_of_dict(d, updated_at, call.timeline)


def record_of_dict(
    d: Mapping[str, Any], updated_at: datetime, timeline: Sequence[Event] | None = None
) -> CallRecord:
    """The rows for a (masked) ``Call.to_dict()`` value."""
    scripted: dict[str, bool] = {}
    for e in d["timeline"]:
        if e["type"] == CHECK_MARKED:
            scripted[str(e["data"].get("cause"))] = bool(e["data"].get("scripted", True))
    row = {
        "id": d["id"],
        "lang": d["lang"],
        "demo": bool(d["demo"]),
        "started_at": _moment(d["started_at"], "started_at"),
        "ended_at": _moment(d["ended_at"], "ended_at"),
        "customer_name": d["customer_name"],
        "customer_phone": d["customer_phone"],
        "phone_digits": digits_of(d["customer_phone"]),
        "customer_reference": d["customer_reference"],
        "category": d["category"],
        "channel": d["channel"],
        "intake": dumps(d["intake"]),
        "transcript": dumps(d["transcript"]),
        "fault_confirmed": bool(d["fault_confirmed"]),
        "outcome": d["outcome"],
        "immediate_action": d["immediate_action"],
        "prevention": d["prevention"],
        "handoff_summary": d["handoff_summary"],
        "notes": d["notes"],
        "revision": len(d["timeline"]),
        "updated_at": updated_at,
    }
    checks = [
        {"cause_id": cause, "position": i, "status": status, "scripted": scripted.get(cause, True)}
        for i, (cause, status) in enumerate(d["checks"].items())
    ]
    phrases = [
        {
            "position": i,
            "kind": p["kind"],
            "ref": p["ref"],
            "text": p["text"],
            "at": parse_moment(p["at"], "phrase.at"),
        }
        for i, p in enumerate(d["phrases_used"])
    ]
    demands = [
        {
            "position": i,
            "demand_id": dm["id"],
            "verbatim": dm["verbatim"],
            "at": parse_moment(dm["at"], "demand.at"),
            "declined": bool(dm["declined"]),
        }
        for i, dm in enumerate(d["demands"])
    ]
    f = d["followup"]
    followup = (
        None
        if f is None
        else {
            "due": None if f["due"] is None else date.fromisoformat(f["due"]),
            "note": f["note"],
            "done": bool(f["done"]),
        }
    )
    tags = [{"tag": t, "position": i} for i, t in enumerate(d["voc_tags"])]
    body = build_body(
        [
            d["customer_name"],
            d["customer_phone"],
            row["phone_digits"],
            d["customer_reference"],
            *d["transcript"],
            *d["intake"].values(),
            d["notes"],
            d["handoff_summary"],
            d["immediate_action"],
            d["prevention"],
            None if f is None else f["note"],
            *(dm["verbatim"] for dm in d["demands"]),
        ]
    )
    if timeline is not None:
        events = [
            {"seq": e.seq, "at": e.at, "type": e.type, "data": dumps(raw["data"])}
            for e, raw in zip(timeline, d["timeline"], strict=True)
        ]
    else:
        events = [
            {
                "seq": e["seq"],
                "at": parse_moment(e["at"], "event.at"),
                "type": e["type"],
                "data": dumps(e["data"]),
            }
            for e in d["timeline"]
        ]
    return CallRecord(
        id=d["id"],
        operator=d["operator"],
        row=row,
        checks=checks,
        phrases=phrases,
        demands=demands,
        followup=followup,
        voc_tags=tags,
        body=body,
        events=events,
    )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def dict_of_rows(
    row: Mapping[Any, Any],
    operator: str,
    checks: Sequence[Mapping[Any, Any]],
    phrases: Sequence[Mapping[Any, Any]],
    demands: Sequence[Mapping[Any, Any]],
    followup: Mapping[Any, Any] | None,
    tags: Sequence[Mapping[Any, Any]],
    events: Sequence[Mapping[Any, Any]],
) -> dict[str, Any]:
    """The ``Call.to_dict()`` value for stored rows (children already in order)."""
    return {
        "version": 1,
        "id": row["id"],
        "lang": row["lang"],
        "operator": operator,
        "demo": bool(row["demo"]),
        "started_at": _iso(row["started_at"]),
        "ended_at": _iso(row["ended_at"]),
        "customer_name": row["customer_name"],
        "customer_phone": row["customer_phone"],
        "customer_reference": row["customer_reference"],
        "category": row["category"],
        "channel": row["channel"],
        "intake": json.loads(row["intake"]),
        "transcript": json.loads(row["transcript"]),
        "checks": {c["cause_id"]: c["status"] for c in checks},
        "phrases_used": [
            {"kind": p["kind"], "ref": p["ref"], "text": p["text"], "at": _iso(p["at"])}
            for p in phrases
        ],
        "demands": [
            {
                "id": dm["demand_id"],
                "verbatim": dm["verbatim"],
                "at": _iso(dm["at"]),
                "declined": bool(dm["declined"]),
            }
            for dm in demands
        ],
        "fault_confirmed": bool(row["fault_confirmed"]),
        "outcome": row["outcome"],
        "immediate_action": row["immediate_action"],
        "prevention": row["prevention"],
        "followup": None
        if followup is None
        else {
            "due": None if followup["due"] is None else followup["due"].isoformat(),
            "note": followup["note"],
            "done": bool(followup["done"]),
        },
        "voc_tags": [t["tag"] for t in tags],
        "handoff_summary": row["handoff_summary"],
        "notes": row["notes"],
        "timeline": [
            {"seq": e["seq"], "at": _iso(e["at"]), "type": e["type"], "data": json.loads(e["data"])}
            for e in events
        ],
    }
