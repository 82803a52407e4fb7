"""Shared helpers for the store tests: a fake clock and a fully featured call."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from assistdesk.core.call import Call

CARD = "4111 1111 1111 1111"  # a Luhn-valid test card number


class FakeClock:
    """Starts at ``start`` and moves ``step`` seconds (plus some microseconds) per reading."""

    def __init__(self, start: datetime | None = None, step: float = 1.5) -> None:
        self.now = start or datetime(2026, 3, 2, 9, 0, 0, 123456, tzinfo=UTC)
        self.step = timedelta(seconds=step)

    def __call__(self) -> datetime:
        self.now += self.step
        return self.now


def full_call(
    lang: str = "ja",
    operator: str = "sato",
    clock: FakeClock | None = None,
    *,
    end: bool = True,
    demo: bool = False,
) -> Call:
    """A call that uses every method of :class:`Call`."""
    call = Call.begin(lang=lang, operator=operator, demo=demo, clock=clock or FakeClock())
    if lang == "ja":
        call.set_customer("山田 太郎", "０３-１２３４-５６７８", "ORD-20260302")
        call.say("朝から電源が入らないんです")
        call.say(f"カード番号は {CARD} です")
    else:
        call.set_customer("Mary Taylor", "+44 20 7946 0018", "ORD-20260302")
        call.say("The router keeps blinking red since this morning")
        call.say(f"my card is {CARD}")
    call.set_category("power")
    call.record_suggestions(["power.strip_switch", "power.adapter_loose"], [], "worried")
    call.answer_intake("since_when", "今朝から" if lang == "ja" else "this morning")
    call.use_phrase(
        "empathy", "ご不安でしたよね" if lang == "ja" else "That must be worrying", "emp.1"
    )
    call.mark_check("power.strip_switch", "not_fixed", scripted=True)
    call.mark_check("power.adapter_loose", "fixed", scripted=False)
    call.use_phrase("apology", "お待たせしました" if lang == "ja" else "Sorry for the wait")
    call.flag_demand("demand.kneel", "土下座しろ" if lang == "ja" else "Kneel and apologise")
    call.decline_demand("demand.kneel")
    call.use_phrase("demand_reply", "それはできかねます", "demand.kneel")
    call.confirm_fault()
    call.use_phrase("full_apology", "大変申し訳ございません")
    call.build_handoff("電源タップ確認済み / adapter re-seated")
    call.set_outcome("satisfied")
    call.set_wrapup("アダプタ差し直し", "ロック付きプラグの採用", ["product.power"])
    call.add_voc_tag("docs.setup")
    call.set_notes(f"note with card {CARD.replace(' ', '-')}")
    call.set_followup(date(2026, 3, 5), "折り返し電話")
    call.mark_qc("empathy_first", True, "good")
    call.use_phrase("closing", "お電話ありがとうございました")
    if end:
        call.end()
    return call


def days_ago(n: float) -> datetime:
    return datetime.now(UTC) - timedelta(days=n)
