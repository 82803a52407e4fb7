"""The handoff summary: everything heard and tried, so the next tier never makes the
customer explain again (DOMAIN §1). Also the read-only view of a past call.

Plain text in the call's language: it is pasted into tickets, chats and e-mails.
"""

from __future__ import annotations

from assistdesk.core.call import Call
from assistdesk.core.packs.loader import PackSet

LABELS: dict[str, dict[str, str]] = {
    "ja": {
        "head": "【引継ぎ】",
        "to": "引継ぎ先",
        "operator": "担当",
        "customer": "お客さま",
        "category": "種類",
        "said": "お客さまの言葉",
        "heard": "聞き取り",
        "tried": "試したこと",
        "demands": "ご要求（原文のまま）",
        "promised": "お約束したこと",
        "followup": "フォローアップ",
        "outcome": "現時点の結果",
        "action": "対処策",
        "prevention": "再発防止策",
        "voc": "お客さまの声タグ",
        "ended": "終了",
        "fixed": "解決",
        "not_fixed": "未解決",
        "not_tried": "未実施",
        "declined": "お断り済み",
        "open": "未対応",
        "understood": "理解",
        "accepted": "納得",
        "satisfied": "満足",
        "unresolved": "未解決",
        "escalated": "エスカレーション",
    },
    "en": {
        "head": "== HANDOFF ==",
        "to": "Handoff to",
        "operator": "Operator",
        "customer": "Customer",
        "category": "Category",
        "said": "Customer said",
        "heard": "Heard",
        "tried": "Tried",
        "demands": "Demands (verbatim)",
        "promised": "Promised",
        "followup": "Follow-up",
        "outcome": "Outcome so far",
        "action": "Immediate action",
        "prevention": "Prevention",
        "voc": "Customer voice tags",
        "ended": "Ended",
        "fixed": "fixed",
        "not_fixed": "not fixed",
        "not_tried": "not tried",
        "declined": "declined",
        "open": "not yet declined",
        "understood": "understood",
        "accepted": "accepted",
        "satisfied": "satisfied",
        "unresolved": "unresolved",
        "escalated": "escalated",
    },
}


def _quote(text: str, lang: str) -> str:
    return f"「{text}」" if lang == "ja" else f'"{text}"'


def handoff_summary(call: Call, packs: PackSet | None, *, to: str = "", full: bool = False) -> str:
    """The structured summary of ``call``; ``full`` adds the wrap-up (for a past call)."""
    lang = call.lang if call.lang in LABELS else "en"
    L = LABELS[lang]
    lines = [L["head"]]
    if to:
        lines.append(f"{L['to']}: {to}")
    started = call.started_at.astimezone().strftime("%Y-%m-%d %H:%M") if call.started_at else ""
    lines.append(f"{L['operator']}: {call.operator}  {started}".rstrip())
    customer = " / ".join(
        v for v in (call.customer_name, call.customer_phone, call.customer_reference) if v
    )
    if customer:
        lines.append(f"{L['customer']}: {customer}")
    template = packs.intake_template(call.category) if packs and call.category else None
    if call.category:
        lines.append(f"{L['category']}: {template.title if template else call.category}")
    if call.transcript:
        lines.append(f"{L['said']}:")
        lines.extend(f"  {_quote(t, lang)}" for t in call.transcript)
    answered = {pid: text for pid, text in call.intake.items() if text.strip()}
    if answered:
        labels: dict[str, str] = {}
        if packs is not None:
            for tpl in packs.intake:
                for prompt in tpl.prompts:
                    labels.setdefault(prompt.id, prompt.label)
            if template is not None:
                labels.update({p.id: p.label for p in template.prompts})
        lines.append(f"{L['heard']}:")
        lines.extend(f"  - {labels.get(pid, pid)}: {text}" for pid, text in answered.items())
    if call.checks:
        lines.append(f"{L['tried']}:")
        for cause_id, status in call.checks.items():
            cause = packs.cause(cause_id) if packs is not None else None
            lines.append(f"  - {cause.title if cause else cause_id}: {L.get(status, status)}")
    if call.demands:
        lines.append(f"{L['demands']}:")
        for flag in call.demands:
            demand = packs.demand(flag.id) if packs is not None else None
            state = L["declined"] if flag.declined else L["open"]
            title = demand.title if demand else flag.id
            lines.append(f"  - {title}: {_quote(flag.verbatim, lang)} ({state})")
    if call.notes.strip():
        lines.append(f"{L['promised']}: {call.notes.strip()}")
    if call.followup is not None:
        due = call.followup.due.isoformat() if call.followup.due else "-"
        lines.append(f"{L['followup']}: {due} {call.followup.note}".rstrip())
    if call.outcome:
        lines.append(f"{L['outcome']}: {L.get(call.outcome, call.outcome)}")
    if full:
        if call.immediate_action:
            lines.append(f"{L['action']}: {call.immediate_action}")
        if call.prevention:
            lines.append(f"{L['prevention']}: {call.prevention}")
        if call.voc_tags:
            lines.append(f"{L['voc']}: " + ", ".join(call.voc_tags))
        if call.ended_at:
            lines.append(f"{L['ended']}: {call.ended_at.astimezone().strftime('%Y-%m-%d %H:%M')}")
    return "\n".join(lines)
