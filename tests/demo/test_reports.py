"""Score reports: plain data per call and per trainee, and the HTML built from them."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistdesk.core.packs.loader import load_language
from assistdesk.core.qc import score
from assistdesk.core.reports import (
    CallReport,
    call_report,
    call_report_html,
    trainee_report,
    trainee_report_html,
    trainee_reports,
)
from assistdesk.core.scenarios import ScenarioPlayer, load_scenarios
from assistdesk.resources import packs_dir, scenarios_dir

from .helpers import Tick, make_call, mini_packs


def practice(lang: str, scenario_id: str, trainee: str, good: bool, day: int) -> CallReport:
    packs, _ = load_language(packs_dir() / lang, lang)
    scenarios, _ = load_scenarios(scenarios_dir() / lang, lang, packs)
    scenario = scenarios.get(scenario_id)
    assert scenario is not None
    tick = Tick()
    tick.now += timedelta(days=day)
    from assistdesk.core.call import Call

    call = Call(lang=lang, operator=trainee, demo=True, clock=tick)
    player = ScenarioPlayer(scenario, packs, call)
    if good:
        player.play_ideal()
    else:
        while player.reveal() is not None:
            pass
        call.use_phrase("other", "<b>Sorry</b>, we can't do that.")
    return call_report(call, player.finish(), scenario)


def test_call_report_data_round_trips() -> None:
    report = practice("en", "power_strip", "aiko", True, 0)
    assert report.trainee == "aiko"
    assert report.scenario_id == "power_strip"
    assert (report.total, report.max) == (6, 6)
    assert report.duration_s is not None and report.duration_s > 0
    again = CallReport.from_dict(report.to_dict())
    assert again == report


def test_call_report_html_explains_each_point_and_escapes_text() -> None:
    report = practice("en", "not_handled", "ben <admin>", False, 0)
    page = call_report_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert "ben &lt;admin&gt;" in page and "ben <admin>" not in page
    assert "&lt;b&gt;Sorry&lt;/b&gt;" in page  # what was said, escaped
    assert f"{report.total} / {report.max}" in page
    for point in report.result.points:
        assert point.title.replace('"', "&quot;") in page
    assert "✗ Missed" in page
    assert "never part of the real call log" in page


def test_presenter_mode_uses_large_fonts() -> None:
    report = practice("ja", "power_strip", "佐々木", True, 0)
    normal = call_report_html(report)
    big = call_report_html(report, presenter=True)
    assert "font-size: 10pt" in normal
    assert "font-size: 22pt" in big
    assert "応対品質チェック結果" in big and "◯ 達成" in big


def test_trainee_report_over_time() -> None:
    reports = [
        practice("en", "kneel_demand", "aiko", False, 2),
        practice("en", "kneel_demand", "aiko", True, 5),
        practice("en", "power_strip", "ben", True, 1),
        practice("en", "handoff", "aiko", False, 0),
    ]
    record = trainee_report("aiko", reports)
    assert [c.scenario_id for c in record.calls] == ["handoff", "kneel_demand", "kneel_demand"]
    assert record.latest is not None and record.latest.result.full_marks
    assert record.full_marks == 1
    assert record.improvement is not None and record.improvement > 0
    assert record.best == 100.0
    stats = {p.id: p for p in record.points}
    assert stats["demand_declined"].ok == 1 and stats["demand_declined"].missed == 1
    assert stats["demand_declined"].na == 1
    assert stats["warm_close"].rate == pytest.approx(1 / 3)
    weakest = record.to_practise()
    assert weakest and weakest[0].rate is not None and weakest[0].rate < 1
    page = trainee_report_html(record)
    assert "Training record — aiko" in page
    assert page.count("<tr>") >= 3 + len(record.points)
    assert set(trainee_reports(reports)) == {"aiko", "ben"}
    assert record.to_dict()["full_marks"] == 1


def test_trainer_marks_appear_in_the_report() -> None:
    call = make_call()
    call.answer_intake("what", "x")
    call.mark_qc("listened", False, "Talked over the customer.")
    call.mark_qc("tone", True, "Warm tone.")
    call.end()
    report = call_report(call, score(call, mini_packs()))
    page = call_report_html(report)
    assert "Talked over the customer." in page
    assert "(trainer&#x27;s mark)" in page
    assert "automatic: ✓ Met" in page
    record = trainee_report("trainee-a", [report])
    assert any(p.id == "tone" and p.ok == 1 for p in record.points)


@pytest.mark.gui
def test_html_renders_to_pdf_with_qt(tmp_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qtgui = pytest.importorskip("PySide6.QtGui")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    report = practice("ja", "kneel_demand", "佐々木", False, 0)
    document = qtgui.QTextDocument()
    document.setHtml(call_report_html(report))
    assert "応対品質チェック結果" in document.toPlainText()
    path = tmp_path / "report.pdf"
    writer = qtgui.QPdfWriter(str(path))
    document.print_(writer)
    del writer
    assert path.read_bytes().startswith(b"%PDF")
    assert path.stat().st_size > 1000


def test_times_are_shown_in_the_report() -> None:
    report = practice("en", "power_strip", "aiko", True, 0)
    started = report.started_at
    assert started is not None and started.tzinfo is not None
    assert started.astimezone().strftime("%Y-%m-%d") in call_report_html(report)
    assert datetime(2025, 3, 3, tzinfo=UTC) < started
