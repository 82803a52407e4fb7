"""Realistic synthetic calls for benchmarks, demos and the supervisor views.

Deterministic for a seed. Calls are produced directly in the ``Call.to_dict()`` form (a
test checks they load as :class:`~assistdesk.core.call.Call`) and bulk-inserted, so a
million-call log can be generated in minutes.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from assistdesk.store.records import CallRecord, record_of_dict
from assistdesk.store.repository import Store

OPERATORS: Final = (
    "sato",
    "suzuki",
    "takahashi",
    "tanaka",
    "ito",
    "watanabe",
    "yamamoto",
    "nakamura",
    "kobayashi",
    "kato",
    "smith",
    "jones",
    "garcia",
    "chen",
)
FAMILY_JA: Final = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤")
GIVEN_JA: Final = ("太郎", "花子", "一郎", "美咲", "健", "陽子", "大輔", "さくら", "翔", "由美")
FAMILY_EN: Final = ("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clark")
GIVEN_EN: Final = ("James", "Mary", "Robert", "Linda", "David", "Susan", "Emma", "Oliver")


@dataclass(frozen=True)
class Cause:
    id: str
    ja: str
    en: str
    fix_ja: str
    fix_en: str
    prevent_ja: str
    prevent_en: str


@dataclass(frozen=True)
class Category:
    name: str
    said_ja: tuple[str, ...]
    said_en: tuple[str, ...]
    causes: tuple[Cause, ...]
    tags: tuple[str, ...]


CATEGORIES: Final = (
    Category(
        "power",
        ("電源が入らないんです", "朝から画面が真っ暗で困っています", "ランプが点かなくなりました"),
        ("It won't turn on at all", "The screen has been black since this morning"),
        (
            Cause(
                "power.strip_switch",
                "電源タップのスイッチ",
                "power strip switch",
                "タップのスイッチを入れ直していただき復旧",
                "Customer switched the power strip back on; working",
                "タップのスイッチ位置を案内書に図で記載",
                "Show the power-strip switch in the setup leaflet",
            ),
            Cause(
                "power.adapter_loose",
                "ACアダプタの接触",
                "loose AC adapter",
                "アダプタを差し直して復旧",
                "Adapter re-seated; device powers on",
                "アダプタ差し込み口にロック付き部品を採用",
                "Use a locking adapter plug",
            ),
        ),
        ("product.power", "docs.setup"),
    ),
    Category(
        "devices",
        ("キーボードが反応しません", "マウスが動かなくなってしまって"),
        ("The keyboard doesn't respond", "My mouse stopped moving"),
        (
            Cause(
                "cable.keyboard_mouse",
                "キーボード・マウスの接続",
                "keyboard/mouse connection",
                "コネクタを抜き差ししていただき復旧",
                "Connector unplugged, dusted and re-plugged; working",
                "接触不良の確認手順をFAQに追加",
                "Add the re-plug check to the FAQ",
            ),
            Cause(
                "device.battery_low",
                "電池切れ",
                "flat battery",
                "電池交換で復旧",
                "Batteries replaced",
                "電池残量の警告表示を改善",
                "Improve the low-battery warning",
            ),
        ),
        ("product.peripherals",),
    ),
    Category(
        "network",
        ("インターネットにつながりません", "Wi-Fiが急に切れるんです"),
        ("The internet is down", "Wi-Fi keeps dropping"),
        (
            Cause(
                "net.router_restart",
                "ルーターの再起動",
                "router restart",
                "ルーターを再起動していただき接続回復",
                "Router restarted; connection back",
                "ルーターの自動再起動機能を案内",
                "Tell customers about the router's scheduled restart",
            ),
            Cause(
                "net.cable_unplugged",
                "LANケーブルの抜け",
                "LAN cable unplugged",
                "ケーブルを差し直して回復",
                "LAN cable re-plugged",
                "ケーブル固定具を同梱",
                "Ship a cable clip in the box",
            ),
        ),
        ("service.network",),
    ),
    Category(
        "delivery",
        ("荷物がまだ届かないんですが", "配達予定日を過ぎています"),
        ("My parcel hasn't arrived", "The delivery is late"),
        (
            Cause(
                "delivery.in_progress",
                "配送中",
                "still in transit",
                "配送状況をお伝えし、到着予定を案内",
                "Explained tracking status and expected arrival",
                "週末をまたぐ配送は事前にメールで通知",
                "Email customers when a delivery crosses a weekend",
            ),
            Cause(
                "delivery.address_incomplete",
                "住所の不備",
                "incomplete address",
                "住所を確認し再配達を手配",
                "Address corrected; redelivery booked",
                "注文画面で住所の番地入力を必須化",
                "Make the house number mandatory at checkout",
            ),
        ),
        ("logistics.delay", "service.communication"),
    ),
    Category(
        "billing",
        ("二重に請求されています", "請求額が思っていたのと違います"),
        ("I was charged twice", "My bill is higher than expected"),
        (
            Cause(
                "billing.double_charge_pending",
                "仮売上の二重表示",
                "pending authorisation shown twice",
                "仮売上は自動で取り消される旨を説明",
                "Explained the pending authorisation will drop off",
                "明細に仮売上の説明を表示",
                "Explain pending authorisations on the statement",
            ),
            Cause(
                "billing.plan_changed",
                "プラン変更の日割り",
                "pro-rata after a plan change",
                "日割り計算の内訳を説明",
                "Walked through the pro-rata calculation",
                "プラン変更時に日割り額を事前表示",
                "Show the pro-rata amount before a plan change",
            ),
        ),
        ("billing.clarity",),
    ),
)

EMPATHY_JA: Final = ("ご不安でしたよね", "それはお困りでしたね", "朝からご不便をおかけしました")
EMPATHY_EN: Final = ("That must have been worrying", "I can see why that is frustrating")
APOLOGY_JA: Final = ("お待たせしてしまい申し訳ございません", "お手数をおかけして申し訳ございません")
APOLOGY_EN: Final = ("I'm sorry for the wait", "I'm sorry for the trouble this caused")
CLOSING_JA: Final = ("お電話ありがとうございました", "また何かございましたらお気軽にどうぞ")
CLOSING_EN: Final = ("Thank you for calling", "Please call us again any time")
DEMANDS: Final = (
    ("demand.kneel", "土下座して謝れ", "Get down on your knees and apologise"),
    ("demand.money", "慰謝料を払え", "I want compensation money now"),
    ("demand.visit", "今すぐ家に来い", "Come to my house right now"),
)
OUTCOMES: Final = (
    ("satisfied", 40),
    ("accepted", 25),
    ("understood", 20),
    ("unresolved", 8),
    ("escalated", 7),
)


def _iso(moment: datetime) -> str:
    return moment.isoformat()


class Generator:
    """Synthetic calls spread over the ``days`` before ``end``, in chronological order."""

    def __init__(
        self, seed: int = 1, end: datetime | None = None, days: int = 365, operators: int = 12
    ) -> None:
        self.rng = random.Random(seed)
        self.end = end or datetime.now(UTC).replace(microsecond=0)
        self.days = days
        self.operators = OPERATORS[: max(1, min(operators, len(OPERATORS)))]
        self._outcomes = [o for o, _ in OUTCOMES]
        self._weights = [w for _, w in OUTCOMES]

    def dicts(self, n: int) -> Iterator[dict[str, Any]]:
        span = self.days * 86400.0
        start = self.end - timedelta(days=self.days)
        step = span / max(n, 1)
        for i in range(n):
            offset = i * step + self.rng.random() * step
            yield self.one(start + timedelta(seconds=offset))

    def one(self, started: datetime) -> dict[str, Any]:
        rng = self.rng
        ja = rng.random() < 0.6
        lang = "ja" if ja else "en"
        operator = rng.choice(self.operators)
        cat = rng.choice(CATEGORIES)
        cause = rng.choice(cat.causes)
        events: list[dict[str, Any]] = []
        t = started

        def ev(kind: str, data: dict[str, Any]) -> str:
            nonlocal t
            t = t + timedelta(seconds=rng.randint(3, 40), microseconds=rng.randint(0, 999999))
            events.append({"seq": len(events) + 1, "at": _iso(t), "type": kind, "data": data})
            return _iso(t)

        events.append(
            {
                "seq": 1,
                "at": _iso(t),
                "type": "call.started",
                "data": {"lang": lang, "operator": operator, "demo": False, "channel": "phone"},
            }
        )
        if ja:
            name = f"{rng.choice(FAMILY_JA)} {rng.choice(GIVEN_JA)}"
            phone = f"0{rng.randint(3, 9)}0-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
        else:
            name = f"{rng.choice(GIVEN_EN)} {rng.choice(FAMILY_EN)}"
            phone = f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        reference = f"ORD-{rng.randint(100000, 999999)}" if rng.random() < 0.7 else None
        ev("customer.set", {"name": name, "phone": phone, "reference": reference})
        ev("category.set", {"category": cat.name, "channel": "phone"})
        transcript = [rng.choice(cat.said_ja if ja else cat.said_en)]
        ev("customer.said", {"text": transcript[0]})
        others = [c.id for c in cat.causes if c.id != cause.id]
        ev("suggest.shown", {"causes": [cause.id, *others], "demands": [], "feeling": "worried"})
        phrases = []
        text = rng.choice(EMPATHY_JA if ja else EMPATHY_EN)
        at = ev("phrase.used", {"kind": "empathy", "ref": None, "text": text})
        phrases.append({"kind": "empathy", "ref": None, "text": text, "at": at})
        extra = (
            f"{cause.ja}を確認しましたがまだです"
            if ja
            else f"I already checked the {cause.en}, it is still the same"
        )
        if rng.random() < 0.5:
            transcript.append(extra)
            ev("customer.said", {"text": extra})
        fixed = rng.random() < 0.7
        status = "fixed" if fixed else "not_fixed"
        ev("check.marked", {"cause": cause.id, "status": status, "scripted": rng.random() < 0.9})
        checks = {cause.id: status}
        demands = []
        if rng.random() < 0.03:
            did, vja, ven = rng.choice(DEMANDS)
            verbatim = vja if ja else ven
            transcript.append(verbatim)
            ev("customer.said", {"text": verbatim})
            at = ev("demand.flagged", {"id": did, "verbatim": verbatim})
            ev("demand.declined", {"id": did})
            demands.append({"id": did, "verbatim": verbatim, "at": at, "declined": True})
        if rng.random() < 0.4:
            text = rng.choice(APOLOGY_JA if ja else APOLOGY_EN)
            at = ev("phrase.used", {"kind": "apology", "ref": None, "text": text})
            phrases.append({"kind": "apology", "ref": None, "text": text, "at": at})
        outcome = rng.choices(self._outcomes, self._weights)[0]
        if not fixed and outcome == "satisfied":
            outcome = "accepted"
        ev("outcome.set", {"outcome": outcome})
        immediate = cause.fix_ja if ja else cause.fix_en
        prevention = cause.prevent_ja if ja else cause.prevent_en
        tags = [rng.choice(cat.tags)]
        ev(
            "wrapup.set",
            {"immediate_action": immediate, "prevention": prevention, "voc_tags": tags},
        )
        followup = None
        if not fixed or rng.random() < 0.15:
            due = (t + timedelta(days=rng.randint(1, 7))).date()
            note = "折り返しお電話する" if ja else "Call the customer back"
            ev("followup.set", {"due": due.isoformat(), "note": note})
            done = due < self.end.date() and rng.random() < 0.8
            if done:
                ev("followup.done", {})
            followup = {"due": due.isoformat(), "note": note, "done": done}
        text = rng.choice(CLOSING_JA if ja else CLOSING_EN)
        at = ev("phrase.used", {"kind": "closing", "ref": None, "text": text})
        phrases.append({"kind": "closing", "ref": None, "text": text, "at": at})
        ended = ev("call.ended", {})
        return {
            "version": 1,
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "lang": lang,
            "operator": operator,
            "demo": False,
            "started_at": _iso(started),
            "ended_at": ended,
            "customer_name": name,
            "customer_phone": phone,
            "customer_reference": reference,
            "category": cat.name,
            "channel": "phone",
            "intake": {},
            "transcript": transcript,
            "checks": checks,
            "phrases_used": phrases,
            "demands": demands,
            "fault_confirmed": False,
            "outcome": outcome,
            "immediate_action": immediate,
            "prevention": prevention,
            "followup": followup,
            "voc_tags": tags,
            "handoff_summary": "",
            "notes": "",
            "timeline": events,
        }


def generate(
    store: Store,
    n: int,
    seed: int = 1,
    batch: int = 2000,
    days: int = 365,
    end: datetime | None = None,
    progress: Any = None,
) -> int:
    """Insert ``n`` synthetic calls into ``store``; returns the number inserted."""
    gen = Generator(seed, end=end, days=days)
    now = datetime.now(UTC)
    done = 0
    chunk: list[CallRecord] = []
    for d in gen.dicts(n):
        chunk.append(record_of_dict(d, now))
        if len(chunk) >= batch:
            done += _flush(store, chunk)
            chunk = []
            if progress is not None:
                progress(done)
    if chunk:
        done += _flush(store, chunk)
        if progress is not None:
            progress(done)
    return done


def _flush(store: Store, chunk: list[CallRecord]) -> int:
    from assistdesk.store.engine import write_transaction

    with write_transaction(store.engine) as conn:
        store.insert_new(conn, chunk)
    return len(chunk)
