"""Demo mode's brain: plays a scenario into the operator panel and scores it.

The trainer picks a scenario and reveals the customer's lines one by one (F8, or on a
timer); each line goes into the panel's Listen box exactly as if the operator had typed
it, so the panel reacts (suggestions, demand card) as on a live call. The trainee answers
with the panel. F9 opens the trainer's marks, F12 ends the call and shows the QC report
(PDF export, trainee record). Ctrl+Shift+P switches presenter mode (large fonts).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from assistdesk.core.qc import QcResult
from assistdesk.core.reports import (
    CallReport,
    call_report,
    call_report_html,
    trainee_report,
    trainee_report_html,
)
from assistdesk.core.scenarios import (
    Reveal,
    Scenario,
    ScenarioPlayer,
    ScenarioSet,
    bundled_scenarios,
    summaries,
)
from assistdesk.ui.demo.drive import act_all
from assistdesk.ui.demo.records import ReportLog, write_pdf
from assistdesk.ui.demo.speech import Speaker
from assistdesk.ui.demo.widgets import DemoBanner, MarksDialog, ReportDialog, ScenarioPane
from assistdesk.ui.demo.widgets import action_label as _action_label
from assistdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from assistdesk.ui.app import Panel

PRESENTER_SCALE = 1.6
PRESENTER_MIN_PT = 18.0

KEYS = {
    "next": "F8",
    "auto": "Shift+F8",
    "hint": "F7",
    "marks": "F9",
    "finish": "F12",
    "presenter": "Ctrl+Shift+P",
}


class DemoController(QObject):
    """Owns the scenario pane and the practice call's player; parented to the window."""

    def __init__(
        self,
        window: MainWindow,
        lang: str,
        *,
        trainee: str = "",
        scenarios: ScenarioSet | None = None,
        reports: ReportLog | None = None,
        speaker: Speaker | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.lang = lang
        self.scenarios = scenarios if scenarios is not None else bundled_scenarios(lang)[0]
        self.reports = reports or ReportLog()
        self.speaker = speaker or Speaker(lang)
        self.player: ScenarioPlayer | None = None
        self.scenario: Scenario | None = None
        self.result: QcResult | None = None
        self.report: CallReport | None = None
        self.report_dialog: ReportDialog | None = None
        self.marks_dialog: MarksDialog | None = None
        self.presenter = False
        self._report_mode = "call"
        self._record_trainee = ""

        self.banner = DemoBanner()
        window.set_demo_banner(self.banner)
        self.pane = ScenarioPane()
        self.pane.trainee.setText(trainee or window.session.operator)
        self.pane.set_scenarios(summaries(self.scenarios.scenarios))
        self.pane.set_speech_available(self.speaker.available)
        window.set_side_pane(self.pane)
        window.setWindowTitle(self.tr("AssistDesk — DEMO (practice)"))

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.next_line)

        pane = self.pane
        pane.startRequested.connect(self.start)
        pane.nextRequested.connect(self.next_line)
        pane.hintRequested.connect(self.toggle_hint)
        pane.showMeRequested.connect(self.show_me)
        pane.marksRequested.connect(self.open_marks)
        pane.finishRequested.connect(self.finish)
        pane.recordRequested.connect(lambda: self.show_record())
        pane.presenterToggled.connect(self.set_presenter)
        pane.autoToggled.connect(self._auto_toggled)
        pane.speakToggled.connect(self._speak_toggled)

        actions = {
            "next": self.next_line,
            "auto": lambda: pane.auto.toggle(),
            "hint": self.toggle_hint,
            "marks": self.open_marks,
            "finish": self.finish,
            "presenter": lambda: pane.presenter.toggle(),
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for name, keys in KEYS.items():
            sc = QShortcut(QKeySequence(keys), window)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(actions[name])
            self.shortcuts[name] = sc

    def fit_splitter(self) -> None:
        """The trainer's pane gets about 40 % of the window, the panel the rest."""
        splitter = self.window.splitter
        total = max(self.window.width(), 900)
        pane = max(self.pane.minimumSizeHint().width(), int(total * 0.4))
        splitter.setSizes([pane, total - pane])

    # --- scenario lifecycle ------------------------------------------------------------

    @property
    def trainee(self) -> str:
        return self.pane.trainee.text().strip() or self.tr("trainee")

    def start(self, scenario_id: str) -> bool:
        scenario = self.scenarios.get(scenario_id)
        if scenario is None:
            return False
        window, session = self.window, self.window.session
        self.timer.stop()
        if session.active:
            window.end_call()  # a practice call left open is ended (it stays in the demo log)
        session.operator = self.trainee
        window.start_call()
        call = session.call
        if call is None or call.is_ended:
            return False
        self.scenario = scenario
        self.result = None
        self.report = None
        self.player = ScenarioPlayer(scenario, self.scenarios.packs, call=call)
        session.set_customer(scenario.customer.name, "", scenario.customer.reference or "")
        session.set_category(scenario.category)
        window.intake.choose(scenario.category)
        pane = self.pane
        pane.select(scenario.id)
        pane.title.setText(scenario.title)
        pane.hidden.setText(self._hidden_text(scenario))
        pane.hidden_toggle.setChecked(False)
        pane.line.setText(self.tr("Press F8 to hear the customer's first line."))
        pane.note.setText("")
        pane.hint.hide()
        pane.set_playing(True)
        self._show_progress()
        window.notify(self.tr("Practice call started: %1").replace("%1", scenario.title))
        window.focus_listen()
        return True

    def _hidden_text(self, scenario: Scenario) -> str:
        lines = [scenario.hidden.facts]
        if scenario.demands:
            lines.append(self.tr("Demands: %1").replace("%1", ", ".join(scenario.demands)))
        if scenario.handoff:
            lines.append(self.tr("Must be handed off."))
        return "\n".join(lines)

    def _show_progress(self) -> None:
        player = self.player
        if player is None:
            return
        shown = player.position + 1
        total = len(player.steps)
        text = self.tr("Customer line %1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        if not player.has_next:
            text += " — " + self.tr("all said: finish with F12")
        self.pane.progress.setText(text)
        self.pane.next.setEnabled(player.has_next and not player.finished)

    def next_line(self) -> Reveal | None:
        """Reveals the customer's next line into the panel (and says it aloud)."""
        player = self.player
        if player is None or player.finished or not player.has_next:
            self.timer.stop()
            return None
        player.position += 1
        step = player.steps[player.position]
        line = step.customer
        window = self.window
        edit = window.listen.edit
        # As the operator would: the words appear in the Listen box, then Return.
        edit.setText(line)
        window.on_typed(line)
        edit.returnPressed.emit()
        call = player.call
        event = next(
            (e for e in reversed(call.timeline) if e.type == "customer.said"), call.timeline[-1]
        )
        self.speaker.say(line)
        pane = self.pane
        pane.line.setText(f"「{line}」" if self.lang == "ja" else f"“{line}”")
        pane.note.setText(
            (self.tr("Trainer's note: %1").replace("%1", step.note)) if step.note else ""
        )
        if pane.hint.isVisible():
            self._fill_hint()
        self._show_progress()
        self._schedule()
        return Reveal(player.position, step, event, len(player.steps))

    def _schedule(self) -> None:
        player = self.player
        if not self.pane.auto.isChecked() or player is None or not player.has_next:
            self.timer.stop()
            return
        step = player.current
        seconds = step.seconds if step is not None and step.seconds else self.pane.seconds.value()
        self.timer.start(int(seconds * 1000))

    def _auto_toggled(self, on: bool) -> None:
        if on:
            if self.player is not None and self.player.position < 0:
                self.next_line()
            else:
                self._schedule()
        else:
            self.timer.stop()

    def _speak_toggled(self, on: bool) -> None:
        self.speaker.enabled = on and self.speaker.available
        if not on:
            self.speaker.stop()

    # --- trainer help ------------------------------------------------------------------

    def hint_lines(self) -> list[str]:
        player = self.player
        if player is None:
            return []
        return [f"{_action_label(a.kind)}: {player.describe(a)}" for a in player.hint()]

    def _fill_hint(self) -> None:
        lines = self.hint_lines()
        body = (
            "<br/>".join(f"• {html.escape(line)}" for line in lines)
            if lines
            else html.escape(self.tr("Nothing to do yet: listen."))
        )
        head = html.escape(self.tr("Ideal response:"))
        self.pane.hint.setText(f"<b>{head}</b><br/>{body}")

    def toggle_hint(self) -> None:
        if self.player is None:
            return
        if self.pane.hint.isVisible():
            self.pane.hint.hide()
        else:
            self._fill_hint()
            self.pane.hint.show()

    def show_me(self) -> None:
        """Acts out the ideal response to the current line on the panel."""
        if self.player is None or self.player.finished:
            return
        act_all(self.window, self.player)

    def trainer_marks(self) -> dict[str, tuple[bool, str]]:
        player = self.player
        if player is None:
            return {}
        marks: dict[str, tuple[bool, str]] = {}
        for event in player.call.timeline:
            if event.type == "qc.mark":
                marks[str(event.data.get("point"))] = (
                    bool(event.data.get("ok")),
                    str(event.data.get("note") or ""),
                )
        return marks

    def open_marks(self) -> MarksDialog | None:
        if self.player is None or self.player.finished:
            return None
        dialog = MarksDialog(self.lang, self.trainer_marks(), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_marks(dialog.marks()))
        dialog.finished.connect(lambda _r: setattr(self, "marks_dialog", None))
        self._scale(dialog)
        self.marks_dialog = dialog
        dialog.open()
        return dialog

    def apply_marks(self, marks: dict[str, tuple[bool, str]]) -> None:
        player = self.player
        if player is None or player.finished:
            return
        current = self.trainer_marks()
        for point, (ok, note) in marks.items():
            if current.get(point) != (ok, note):
                player.call.mark_qc(point, ok, note)
        self.window.notify(self.tr("Trainer marks saved."))

    # --- finishing and reports ---------------------------------------------------------

    def finish(self) -> CallReport | None:
        """Ends the practice call, scores it, keeps the report and shows it."""
        player = self.player
        if player is None:
            return None
        if self.report is not None and player.finished:
            self.show_report()
            return self.report
        self.timer.stop()
        self.speaker.stop()
        window = self.window
        if window.session.active:
            window.end_call()
        self.result = player.finish()
        self.report = call_report(player.call, self.result, self.scenario)
        try:
            self.reports.add(self.report)
        except OSError as exc:
            window.notify(self.tr("The report could not be kept: %1").replace("%1", str(exc)), True)
        self.pane.set_playing(False)
        self.pane.progress.setText(
            self.tr("Score: %1 / %2")
            .replace("%1", str(self.result.total))
            .replace("%2", str(self.result.max))
        )
        self.show_report()
        return self.report

    def _dialog(self) -> ReportDialog:
        dialog = self.report_dialog
        if dialog is None:
            dialog = ReportDialog(self.tr("Practice call report"), self.window)
            dialog.exportRequested.connect(self.ask_export)
            dialog.recordRequested.connect(lambda: self.show_record())
            dialog.trainees.currentTextChanged.connect(self._record_for)
            dialog.finished.connect(lambda _r: setattr(self, "report_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.report_dialog = dialog
        return dialog

    def report_html(self) -> str:
        if self._report_mode == "record":
            return trainee_report_html(
                trainee_report(self._record_trainee, self.reports.all(), self.lang),
                presenter=self.presenter,
            )
        if self.report is None:
            return ""
        return call_report_html(self.report, presenter=self.presenter)

    def show_report(self) -> ReportDialog | None:
        if self.report is None:
            return None
        self._report_mode = "call"
        dialog = self._dialog()
        dialog.setWindowTitle(self.tr("Practice call report"))
        dialog.set_html(self.report_html())
        dialog.show()
        dialog.raise_()
        return dialog

    def show_record(self, trainee: str | None = None) -> ReportDialog:
        """A trainee's record over time (from every kept practice report)."""
        name = trainee or (self.report.trainee if self.report else self.trainee)
        self._report_mode = "record"
        self._record_trainee = name
        dialog = self._dialog()
        dialog.setWindowTitle(self.tr("Trainee record"))
        names = self.reports.trainees()
        if name not in names:
            names.append(name)
        dialog.set_trainees(sorted(names), name)
        dialog.set_html(self.report_html())
        dialog.show()
        dialog.raise_()
        return dialog

    def _record_for(self, name: str) -> None:
        if name and self.report_dialog is not None:
            self._record_trainee = name
            self.report_dialog.set_html(self.report_html())

    def ask_export(self) -> None:
        dialog = self.report_dialog
        base = (
            f"qc-{self.report.trainee}-{self.report.scenario_id or 'call'}.pdf"
            if self._report_mode == "call" and self.report
            else f"record-{self._record_trainee}.pdf"
        )
        path, _ = QFileDialog.getSaveFileName(
            dialog or self.window, self.tr("Export PDF"), str(Path.home() / base), "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> Path:
        """Writes the report on screen (call or trainee record) as PDF."""
        html_text = self.report_html()
        # Printed pages use normal sizes even in presenter mode.
        if self.presenter:
            was, self.presenter = self.presenter, False
            html_text = self.report_html()
            self.presenter = was
        write_pdf(html_text, path)
        self.window.notify(self.tr("Report saved: %1").replace("%1", str(path)))
        return path

    # --- presenter mode ----------------------------------------------------------------

    def set_presenter(self, on: bool) -> None:
        """Large fonts for a projector: the window, the dialogs and the report."""
        if on == self.presenter:
            return
        self.presenter = on
        if self.pane.presenter.isChecked() != on:
            self.pane.presenter.blockSignals(True)
            self.pane.presenter.setChecked(on)
            self.pane.presenter.blockSignals(False)
        window = self.window
        self._scale(window)
        if self.report_dialog is not None:
            self._scale(self.report_dialog)
            self.report_dialog.set_html(self.report_html())
        if self.marks_dialog is not None:
            self._scale(self.marks_dialog)
        window.notify(self.tr("Presenter mode on") if on else self.tr("Presenter mode off"))

    def presenter_point_size(self) -> float:
        app = QApplication.instance()
        base = app.font().pointSizeF() if isinstance(app, QApplication) else 10.0
        return max(PRESENTER_MIN_PT, base * PRESENTER_SCALE)

    def _scale(self, widget: QWidget) -> None:
        """Presenter mode is a style sheet on the window (and its dialogs): the panel's
        application style sheet stops ordinary font propagation, a style sheet does not."""
        if not self.presenter:
            widget.setStyleSheet("")
            self.banner.rescale(self.window.font().pointSizeF())
            return
        pt = self.presenter_point_size()
        widget.setStyleSheet(
            f"* {{ font-size: {pt:.0f}pt; }} QLabel#DemoWord {{ font-size: {pt * 1.8:.0f}pt; }}"
        )


def install_into(panel: Panel | Any, window: MainWindow) -> DemoController:
    settings = getattr(panel, "settings", None)
    trainee = getattr(settings, "operator", "") if settings is not None else ""
    return DemoController(window, getattr(panel, "lang", window.session.lang), trainee=trainee)
