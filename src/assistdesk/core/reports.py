"""Score reports for practice calls: per call and per trainee over time.

Plain data first (:class:`CallReport`, :class:`TraineeReport`, JSON-safe via
``to_dict``), then self-contained HTML built from it. The HTML keeps to the subset that
Qt's ``QTextDocument`` renders (tables, ``bgcolor``, simple CSS on classes), so the panel
can show it in a ``QTextBrowser`` and print it to PDF with ``QPdfWriter`` unchanged; any
browser shows it too. Pure Python: no Qt here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from assistdesk.core.qc import POINT_IDS, Moment, PointResult, QcResult, title_of

if TYPE_CHECKING:
    from assistdesk.core.call import Call
    from assistdesk.core.scenarios import Scenario

LABELS: Mapping[str, Mapping[str, str]] = {
    "ja": {
        "call_title": "応対品質チェック結果",
        "trainee_title": "研修記録",
        "trainee": "研修生",
        "scenario": "シナリオ",
        "date": "日時",
        "duration": "通話時間",
        "score": "得点",
        "point": "チェック項目",
        "result": "結果",
        "why": "理由",
        "moment": "該当場面",
        "ok": "◯ 達成",
        "missed": "× 未達",
        "na": "− 対象外",
        "trainer": "(トレーナー評価)",
        "auto": "自動判定",
        "calls": "練習回数",
        "average": "平均",
        "best": "最高",
        "latest": "直近",
        "full_marks": "満点",
        "rate": "達成率",
        "history": "推移",
        "to_practise": "重点的に練習したい項目",
        "none": "なし",
        "demo": "デモ(研修用)通話:実際の応対記録には含まれません",
        "free": "自由練習",
    },
    "en": {
        "call_title": "Call quality check",
        "trainee_title": "Training record",
        "trainee": "Trainee",
        "scenario": "Scenario",
        "date": "Date",
        "duration": "Duration",
        "score": "Score",
        "point": "Check point",
        "result": "Result",
        "why": "Why",
        "moment": "Moment",
        "ok": "✓ Met",
        "missed": "✗ Missed",
        "na": "– N/A",
        "trainer": "(trainer's mark)",
        "auto": "automatic",
        "calls": "Practice calls",
        "average": "Average",
        "best": "Best",
        "latest": "Latest",
        "full_marks": "Full marks",
        "rate": "Met",
        "history": "Over time",
        "to_practise": "Points to practise",
        "none": "none",
        "demo": "Demo (training) call: never part of the real call log",
        "free": "Free practice",
    },
}

COLOURS = {"ok": "#1b7f3b", "missed": "#b3261e", "na": "#6b6b6b"}


def _labels(lang: str) -> Mapping[str, str]:
    return LABELS.get(lang, LABELS["en"])


@dataclass(frozen=True)
class CallReport:
    """One practice call's QC result and what it was."""

    call_id: str
    trainee: str
    lang: str
    result: QcResult
    scenario_id: str | None = None
    scenario_title: str | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None

    @property
    def total(self) -> int:
        return self.result.total

    @property
    def max(self) -> int:
        return self.result.max

    @property
    def percent(self) -> float:
        return self.result.percent

    @property
    def duration_s(self) -> float | None:
        if self.started_at is None or self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds()

    def to_dict(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "trainee": self.trainee,
            "lang": self.lang,
            "scenario_id": self.scenario_id,
            "scenario_title": self.scenario_title,
            "started_at": None if self.started_at is None else self.started_at.isoformat(),
            "ended_at": None if self.ended_at is None else self.ended_at.isoformat(),
            "result": self.result.to_dict(),
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> CallReport:
        def moment(key: str) -> datetime | None:
            value = raw.get(key)
            return None if value is None else datetime.fromisoformat(str(value))

        return cls(
            call_id=str(raw["call_id"]),
            trainee=str(raw["trainee"]),
            lang=str(raw.get("lang", "en")),
            result=QcResult.from_dict(raw["result"]),
            scenario_id=None if raw.get("scenario_id") is None else str(raw["scenario_id"]),
            scenario_title=(
                None if raw.get("scenario_title") is None else str(raw["scenario_title"])
            ),
            started_at=moment("started_at"),
            ended_at=moment("ended_at"),
        )


def call_report(call: Call, result: QcResult, scenario: Scenario | None = None) -> CallReport:
    """The report of a finished (practice) call; the trainee is the call's operator."""
    return CallReport(
        call_id=call.id,
        trainee=call.operator,
        lang=call.lang,
        result=result,
        scenario_id=scenario.id if scenario else None,
        scenario_title=scenario.title if scenario else None,
        started_at=call.started_at,
        ended_at=call.ended_at,
    )


@dataclass(frozen=True)
class PointStat:
    id: str
    title: str
    ok: int
    missed: int
    na: int

    @property
    def scored(self) -> int:
        return self.ok + self.missed

    @property
    def rate(self) -> float | None:
        """Share of the calls where the point applied in which it was met (0–1)."""
        return self.ok / self.scored if self.scored else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "ok": self.ok,
            "missed": self.missed,
            "na": self.na,
            "rate": None if self.rate is None else round(self.rate, 3),
        }


@dataclass(frozen=True)
class TraineeReport:
    """A trainee's practice calls, oldest first, with per-point statistics."""

    trainee: str
    lang: str
    calls: tuple[CallReport, ...]
    points: tuple[PointStat, ...]

    @property
    def average(self) -> float | None:
        if not self.calls:
            return None
        return sum(c.percent for c in self.calls) / len(self.calls)

    @property
    def best(self) -> float | None:
        return max((c.percent for c in self.calls), default=None)

    @property
    def latest(self) -> CallReport | None:
        return self.calls[-1] if self.calls else None

    @property
    def full_marks(self) -> int:
        return sum(1 for c in self.calls if c.result.full_marks)

    @property
    def improvement(self) -> float | None:
        """Latest score minus first score, in percentage points."""
        if len(self.calls) < 2:
            return None
        return self.calls[-1].percent - self.calls[0].percent

    def to_practise(self, limit: int = 3) -> list[PointStat]:
        """The points most often missed (worst rate first)."""
        missed = [p for p in self.points if p.missed]
        missed.sort(key=lambda p: (p.rate if p.rate is not None else 1.0, -p.missed))
        return missed[:limit]

    def to_dict(self) -> dict[str, Any]:
        return {
            "trainee": self.trainee,
            "lang": self.lang,
            "calls": [c.to_dict() for c in self.calls],
            "points": [p.to_dict() for p in self.points],
            "average": None if self.average is None else round(self.average, 1),
            "best": None if self.best is None else round(self.best, 1),
            "full_marks": self.full_marks,
            "improvement": None if self.improvement is None else round(self.improvement, 1),
        }


def _sort_key(report: CallReport) -> tuple[float, str]:
    moment = report.started_at or report.ended_at
    return (moment.timestamp() if moment else 0.0, report.call_id)


def trainee_report(
    trainee: str, reports: Iterable[CallReport], lang: str | None = None
) -> TraineeReport:
    """Statistics over ``trainee``'s reports (others in ``reports`` are ignored)."""
    mine = sorted((r for r in reports if r.trainee == trainee), key=_sort_key)
    lang = lang or (mine[-1].lang if mine else "en")
    ids: list[str] = list(POINT_IDS)
    for report in mine:
        for point in report.result.points:
            if point.id not in ids:
                ids.append(point.id)
    stats: list[PointStat] = []
    for point_id in ids:
        found = [p for r in mine for p in r.result.points if p.id == point_id]
        if not found:
            continue
        title = title_of(point_id, lang) if point_id in POINT_IDS else found[-1].title
        stats.append(
            PointStat(
                point_id,
                title,
                sum(1 for p in found if p.status == "ok"),
                sum(1 for p in found if p.status == "missed"),
                sum(1 for p in found if p.status == "na"),
            )
        )
    return TraineeReport(trainee, lang, tuple(mine), tuple(stats))


def trainee_reports(reports: Iterable[CallReport]) -> dict[str, TraineeReport]:
    """One :class:`TraineeReport` per trainee, by name."""
    reports = list(reports)
    names = sorted({r.trainee for r in reports})
    return {name: trainee_report(name, reports) for name in names}


# --- HTML -------------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else "—"


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    total = max(0, round(seconds))
    return f"{total // 60}:{total % 60:02d}"


def _short(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _page(title: str, body: str, lang: str, presenter: bool) -> str:
    base = 22 if presenter else 10
    css = f"""
body {{ font-family: 'Noto Sans CJK JP', 'IPAGothic', 'Meiryo', sans-serif;
       font-size: {base}pt; color: #202020; }}
h1 {{ font-size: {round(base * 1.6)}pt; margin-bottom: 4px; }}
h2 {{ font-size: {round(base * 1.25)}pt; margin-top: 14px; }}
.meta {{ color: #505050; }}
.score {{ font-size: {round(base * 2.2)}pt; font-weight: bold; }}
.banner {{ background-color: #fff3cd; color: #6b4e00; }}
.why {{ color: #303030; }}
.moment {{ color: #505050; font-size: {round(base * 0.9)}pt; }}
th {{ background-color: #eeeeee; text-align: left; }}
"""
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(lang)}"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{css}</style></head><body>\n{body}\n</body></html>\n"
    )


def _status_cell(point: PointResult, labels: Mapping[str, str]) -> str:
    colour = COLOURS[point.status]
    text = labels[point.status]
    extra = f"<br/><small>{_e(labels['trainer'])}</small>" if point.source == "trainer" else ""
    return f'<td width="14%"><font color="{colour}"><b>{_e(text)}</b></font>{extra}</td>'


def _moment_cell(moment: Moment | None) -> str:
    if moment is None:
        return "<td>—</td>"
    said = f"「{_e(_short(moment.text))}」" if moment.text else _e(moment.type)
    return f'<td class="moment">#{moment.seq} · {_e(moment.clock)}<br/>{said}</td>'


def _bar(percent: float, colour: str = "#3b78c2", width: int = 100) -> str:
    filled = max(0, min(100, round(percent)))
    if filled == 0:
        return "&nbsp;"
    return (
        f'<table width="{round(filled * width / 100)}%" cellspacing="0" cellpadding="0">'
        f'<tr><td bgcolor="{colour}">&nbsp;</td></tr></table>'
    )


def call_report_html(report: CallReport, *, presenter: bool = False, demo: bool = True) -> str:
    """One call's report: score, then every point with why and the moment."""
    labels = _labels(report.lang)
    result = report.result
    title = labels["call_title"]
    scenario = report.scenario_title or labels["free"]
    parts = [f"<h1>{_e(title)}</h1>"]
    if demo:
        parts.append(
            f'<table width="100%" cellpadding="6"><tr><td class="banner">'
            f"{_e(labels['demo'])}</td></tr></table>"
        )
    parts.append(
        '<table cellpadding="3" class="meta">'
        f"<tr><td>{_e(labels['trainee'])}</td><td><b>{_e(report.trainee)}</b></td></tr>"
        f"<tr><td>{_e(labels['scenario'])}</td><td>{_e(scenario)}</td></tr>"
        f"<tr><td>{_e(labels['date'])}</td><td>{_e(_when(report.started_at))}</td></tr>"
        f"<tr><td>{_e(labels['duration'])}</td><td>{_e(_duration(report.duration_s))}</td></tr>"
        "</table>"
    )
    colour = COLOURS["ok"] if result.full_marks else COLOURS["missed"]
    parts.append(
        f'<p class="score"><font color="{colour}">{result.total} / {result.max}</font>'
        f" <small>({result.percent:.0f}%)</small></p>"
    )
    rows = [
        "<tr>"
        f"<th>{_e(labels['point'])}</th><th>{_e(labels['result'])}</th>"
        f"<th>{_e(labels['why'])}</th><th>{_e(labels['moment'])}</th>"
        "</tr>"
    ]
    for point in result.points:
        why = point.why or "—"
        if point.source == "trainer" and point.auto_status is not None:
            why += f" ({labels['auto']}: {labels[point.auto_status]})"
        rows.append(
            "<tr>"
            f'<td width="28%">{_e(point.title)}</td>'
            f"{_status_cell(point, labels)}"
            f'<td class="why">{_e(why)}</td>'
            f"{_moment_cell(point.moment)}"
            "</tr>"
        )
    parts.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="5">'
        + "".join(rows)
        + "</table>"
    )
    return _page(f"{title} — {report.trainee}", "\n".join(parts), report.lang, presenter)


def trainee_report_html(report: TraineeReport, *, presenter: bool = False) -> str:
    """A trainee's record: summary figures, per-point rates, and the score over time."""
    labels = _labels(report.lang)
    title = labels["trainee_title"]

    def pct(value: float | None) -> str:
        return "—" if value is None else f"{value:.0f}%"

    latest = report.latest
    parts = [
        f"<h1>{_e(title)} — {_e(report.trainee)}</h1>",
        '<table cellpadding="4" class="meta">'
        f"<tr><td>{_e(labels['calls'])}</td><td><b>{len(report.calls)}</b></td>"
        f"<td>{_e(labels['full_marks'])}</td><td><b>{report.full_marks}</b></td></tr>"
        f"<tr><td>{_e(labels['average'])}</td><td><b>{pct(report.average)}</b></td>"
        f"<td>{_e(labels['best'])}</td><td><b>{pct(report.best)}</b></td></tr>"
        f"<tr><td>{_e(labels['latest'])}</td>"
        f"<td><b>{pct(latest.percent if latest else None)}</b></td><td></td><td></td></tr>"
        "</table>",
    ]
    weak = report.to_practise()
    weak_text = ", ".join(_e(p.title) for p in weak) if weak else _e(labels["none"])
    parts.append(f"<h2>{_e(labels['to_practise'])}</h2><p>{weak_text}</p>")
    rows = [
        f"<tr><th>{_e(labels['point'])}</th><th>{_e(labels['rate'])}</th>"
        f"<th>{_e(labels['ok'])}</th><th>{_e(labels['missed'])}</th>"
        f"<th>{_e(labels['na'])}</th><th></th></tr>"
    ]
    for stat in report.points:
        rate = None if stat.rate is None else stat.rate * 100
        colour = COLOURS["ok"] if rate is None or rate >= 80 else COLOURS["missed"]
        rows.append(
            f"<tr><td>{_e(stat.title)}</td><td>{pct(rate)}</td><td>{stat.ok}</td>"
            f"<td>{stat.missed}</td><td>{stat.na}</td>"
            f'<td width="25%">{_bar(rate or 0.0, colour)}</td></tr>'
        )
    parts.append(
        f"<h2>{_e(labels['point'])}</h2>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        + "".join(rows)
        + "</table>"
    )
    history = [
        f"<tr><th>{_e(labels['date'])}</th><th>{_e(labels['scenario'])}</th>"
        f"<th>{_e(labels['score'])}</th><th></th></tr>"
    ]
    for call in report.calls:
        colour = COLOURS["ok"] if call.result.full_marks else "#3b78c2"
        history.append(
            f"<tr><td>{_e(_when(call.started_at))}</td>"
            f"<td>{_e(call.scenario_title or labels['free'])}</td>"
            f"<td>{call.total} / {call.max} ({call.percent:.0f}%)</td>"
            f'<td width="35%">{_bar(call.percent, colour)}</td></tr>'
        )
    parts.append(
        f"<h2>{_e(labels['history'])}</h2>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        + "".join(history)
        + "</table>"
    )
    return _page(f"{title} — {report.trainee}", "\n".join(parts), report.lang, presenter)


def reports_from_dicts(rows: Sequence[Mapping[str, Any]]) -> list[CallReport]:
    """Rebuilds stored reports (e.g. from the demo database's JSON column)."""
    return [CallReport.from_dict(row) for row in rows]
