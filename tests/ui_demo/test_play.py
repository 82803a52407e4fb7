"""Playing a scenario through the real panel, well and badly; marks, report, PDF, record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from assistdesk.core.qc import QcResult
from assistdesk.ui.demo.controller import DemoController
from assistdesk.ui.demo.drive import act_all
from assistdesk.ui.main_window import MainWindow
from assistdesk.ui.session import Phrase
from tests.ui.helpers import key
from tests.ui_demo.conftest import Made

pytestmark = pytest.mark.gui

SCENARIO = "not_handled"  # a refusal: needs an alternative, a partial apology, empathy


def play_well(window: MainWindow, demo: DemoController) -> QcResult:
    assert demo.start(SCENARIO)
    player = demo.player
    assert player is not None
    while player.has_next:
        key(window, "F8")  # the trainer reveals the next line
        act_all(window, player)  # the trainee answers along the ideal path, on the panel
    key(window, "F12")
    assert demo.result is not None
    return demo.result


def copy_anyway(window: MainWindow, phrase: Phrase) -> None:
    """The trainee ignores the panel's warning and clicks "Copy anyway"."""
    window.request_copy([phrase])
    assert window.warn_bar.isVisible(), "the panel should warn first"
    anyway = next(
        b for b in window.warn_bar.findChildren(QPushButton) if b.text() == window.tr("Copy anyway")
    )
    anyway.click()
    QApplication.processEvents()


def play_badly(window: MainWindow, demo: DemoController, lang: str) -> QcResult:
    assert demo.start(SCENARIO)
    player = demo.player
    assert player is not None
    key(window, "F8")
    # Apologises for everything at once, before a single fact is known, and no empathy.
    full = {
        "en": "We are entirely at fault, this is our mistake.",
        "ja": "全面的に弊社の責任です。大変申し訳ございません。",
    }[lang]
    copy_anyway(window, Phrase("full_apology", full, None))
    window.intake.answers["what"].setText(
        "stripes on the picture" if lang == "en" else "画面に縞が出る"
    )
    window.intake.answers["what"].returnPressed.emit()
    key(window, "F8")
    key(window, "F8")
    # The bare "no", with no alternative.
    bare = {"en": "We can't do that.", "ja": "それはできません。"}[lang]
    copy_anyway(window, Phrase("other", bare, None))
    key(window, "F8")
    window.wrapup.choose("understood")
    window.request_copy([Phrase("closing", window.words.tr("Thank you for calling."), None)])
    key(window, "F12")
    assert demo.result is not None
    return demo.result


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_good_and_bad_play_score_differently_for_the_right_reasons(
    demo_factory: Callable[..., Made], lang: str
) -> None:
    _panel, window, demo = demo_factory(lang, "Sam Lee" if lang == "en" else "佐藤")
    good = play_well(window, demo)
    assert good.full_marks, [(p.id, p.why) for p in good.missed]
    bad = play_badly(window, demo, lang)
    assert bad.total < good.total
    missed = {p.id for p in bad.missed}
    assert {"empathy_first", "partial_apology", "no_bare_no", "outcome_recorded"} <= missed
    assert bad.status_of("warm_close") == "ok"  # what was done right still counts
    assert bad.status_of("listened") == "ok"  # the story was heard before the "no"
    for point in ("empathy_first", "partial_apology", "no_bare_no"):
        assert good.status_of(point) == "ok"
    full_early = bad.point("partial_apology")
    assert full_early is not None and full_early.moment is not None
    # The report names the moment: the full apology that was said.
    assert "fault" in full_early.moment.text or "責任" in full_early.moment.text
    # Both practice calls are kept for the trainee's record.
    assert [r.result.total for r in demo.reports.all()] == [good.total, bad.total]


def test_trainer_marks_override_and_report_exports_as_pdf(
    demo_factory: Callable[..., Made], tmp_path: Path
) -> None:
    _panel, window, demo = demo_factory("en", "Sam Lee")
    assert demo.start("power_strip")
    key(window, "F8")
    key(window, "F9")
    dialog = demo.marks_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_mark("warm_close", "ok", "Warm tone throughout")
    dialog.set_mark("listened", "missed", "Interrupted the customer twice")
    dialog.accept()
    QApplication.processEvents()
    key(window, "F12")
    result = demo.result
    assert result is not None
    listened = result.point("listened")
    assert listened is not None and listened.source == "trainer"
    assert listened.status == "missed" and listened.why == "Interrupted the customer twice"
    report = demo.report_dialog
    assert report is not None and report.isVisible()
    text = report.browser.toPlainText()
    assert "Call quality check" in text and "Interrupted the customer twice" in text
    pdf = demo.export_pdf(tmp_path / "report.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    # The trainee's record over time, also as PDF.
    record = demo.show_record("Sam Lee")
    assert "Training record" in record.browser.toPlainText()
    assert demo.export_pdf(tmp_path / "record.pdf").read_bytes().startswith(b"%PDF")


def test_presenter_mode_enlarges_panel_and_report(demo_factory: Callable[..., Made]) -> None:
    _panel, window, demo = demo_factory("ja")
    normal = demo.pane.line.font().pointSizeF()
    assert demo.start("power_strip")
    key(window, "F8")
    key(window, "F12")
    report = demo.report_dialog
    assert report is not None
    assert "font-size: 10pt" in demo.report_html()
    key(window, "Ctrl+Shift+P")
    assert demo.presenter
    big = demo.presenter_point_size()
    for widget in (demo.pane.line, window.listen.edit, report.browser):
        widget.ensurePolished()
        assert widget.font().pointSizeF() == big >= 18.0
    assert "font-size: 22pt" in demo.report_html()
    key(window, "Ctrl+Shift+P")
    assert not demo.presenter
    demo.pane.line.ensurePolished()
    assert demo.pane.line.font().pointSizeF() == normal
