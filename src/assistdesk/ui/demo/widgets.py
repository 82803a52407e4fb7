"""Demo-mode widgets: the DEMO banner, the trainer's scenario pane, the marks dialog and
the report window."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.qc import POINT_IDS, title_of
from assistdesk.ui.widgets.common import ok_cancel_buttons, scrolling_body

BANNER_STYLE = (
    "QFrame#DemoModeBanner { background: #ffcc00; border: 3px solid #b00020;"
    " border-radius: 4px; }"
    "QFrame#DemoModeBanner QLabel { color: #1a1a1a; }"
    "QFrame#DemoModeBanner QLabel#DemoWord { color: #b00020; }"
)


def level_label(level: str) -> str:
    labels = {
        "basic": QCoreApplication.translate("Demo", "Basic"),
        "intermediate": QCoreApplication.translate("Demo", "Intermediate"),
        "advanced": QCoreApplication.translate("Demo", "Advanced"),
    }
    return labels.get(level, level)


def action_label(kind: str) -> str:
    """What an ideal action is, for the trainer's hint."""
    labels = {
        "intake": QCoreApplication.translate("Demo", "Hear"),
        "empathy": QCoreApplication.translate("Demo", "Empathy"),
        "apology": QCoreApplication.translate("Demo", "Partial apology"),
        "full_apology": QCoreApplication.translate("Demo", "Full apology (fault confirmed)"),
        "check": QCoreApplication.translate("Demo", "Check (face-saving)"),
        "refuse": QCoreApplication.translate("Demo", "Refusal with alternative"),
        "flag": QCoreApplication.translate("Demo", "Record the demand verbatim"),
        "decline": QCoreApplication.translate("Demo", "Decline the demand"),
        "confirm_fault": QCoreApplication.translate("Demo", "Fault confirmed"),
        "handoff": QCoreApplication.translate("Demo", "Hand off to"),
        "followup": QCoreApplication.translate("Demo", "Promise a follow-up"),
        "outcome": QCoreApplication.translate("Demo", "Outcome"),
        "close": QCoreApplication.translate("Demo", "Close warmly"),
        "say": QCoreApplication.translate("Demo", "Say"),
        "voc": QCoreApplication.translate("Demo", "Customer voice tag"),
    }
    return labels.get(kind, kind)


def bold_font() -> QFont:
    """Bold, with every other property (the size too) inherited from the parent."""
    font = QFont()
    font.setBold(True)
    return font


class DemoBanner(QFrame):
    """Unmistakable: this is a practice call, not a real one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemoModeBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("DEMO mode: practice calls, not saved in the real call log"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.word = QLabel(self.tr("DEMO"))
        self.word.setObjectName("DemoWord")
        self.rescale(self.font().pointSizeF())
        self.text = QLabel(self.tr("Practice call — never saved in the real call log"))
        self.text.setWordWrap(True)
        self.text.setFont(bold_font())
        layout.addWidget(self.word)
        layout.addWidget(self.text, 1)

    def rescale(self, base_pt: float) -> None:
        """The DEMO word stays about twice the size of the surrounding text."""
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(max(base_pt, 6.0) * 1.8)
        self.word.setFont(font)


class ScenarioPane(QWidget):
    """The trainer's side: pick a scenario, reveal the customer's lines, mark, finish."""

    startRequested = Signal(str)  # scenario id
    nextRequested = Signal()
    hintRequested = Signal()
    showMeRequested = Signal()
    marksRequested = Signal()
    finishRequested = Signal()
    recordRequested = Signal()
    presenterToggled = Signal(bool)
    autoToggled = Signal(bool)
    speakToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(380)
        layout = scrolling_body(self, margin=0, outer_margins=6)

        # Picker.
        pick = QGroupBox(self.tr("Practice scenarios"))
        pick_layout = QVBoxLayout(pick)
        row = QHBoxLayout()
        trainee_label = QLabel(self.tr("Trainee:"))
        self.trainee = QLineEdit()
        self.trainee.setAccessibleName(self.tr("Trainee name"))
        trainee_label.setBuddy(self.trainee)
        row.addWidget(trainee_label)
        row.addWidget(self.trainee, 1)
        pick_layout.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scenario list"))
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        pick_layout.addWidget(self.list, 1)
        self.brief = QLabel()
        self.brief.setWordWrap(True)
        self.brief.setAccessibleName(self.tr("Scenario brief"))
        self.brief.setTextFormat(Qt.TextFormat.RichText)
        pick_layout.addWidget(self.brief)
        self.start = QPushButton(self.tr("Start this scenario"))
        self.start.setAccessibleName(self.tr("Start the selected scenario"))
        pick_layout.addWidget(self.start)
        layout.addWidget(pick, 1)

        # Playing.
        self.play = QGroupBox(self.tr("Now playing"))
        play = QVBoxLayout(self.play)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(bold_font())
        play.addWidget(self.title)
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Scenario progress"))
        play.addWidget(self.progress)
        self.line = QLabel()
        self.line.setObjectName("CauseDetail")
        self.line.setWordWrap(True)
        self.line.setAccessibleName(self.tr("What the customer just said"))
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        play.addWidget(self.line)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Trainer's note for this line"))
        play.addWidget(self.note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setAccessibleName(self.tr("Ideal response"))
        self.hint.hide()
        play.addWidget(self.hint)
        self.hidden_toggle = QCheckBox(self.tr("Show the hidden facts (trainer only)"))
        play.addWidget(self.hidden_toggle)
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setObjectName("CauseDetail")
        self.hidden.hide()
        play.addWidget(self.hidden)
        self.hidden_toggle.toggled.connect(self.hidden.setVisible)

        grid = QGridLayout()
        self.next = QPushButton(self.tr("Next line (F8)"))
        self.next.setAccessibleName(self.tr("Reveal the next customer line"))
        self.hint_button = QPushButton(self.tr("Ideal response (F7)"))
        self.show_me = QPushButton(self.tr("Show me"))
        self.show_me.setAccessibleName(self.tr("Play the ideal response on the panel"))
        self.marks = QPushButton(self.tr("Trainer marks… (F9)"))
        self.finish = QPushButton(self.tr("Finish and score (F12)"))
        grid.addWidget(self.next, 0, 0)
        grid.addWidget(self.hint_button, 0, 1)
        grid.addWidget(self.show_me, 1, 0)
        grid.addWidget(self.marks, 1, 1)
        grid.addWidget(self.finish, 2, 0, 1, 2)
        play.addLayout(grid)
        auto_row = QHBoxLayout()
        self.auto = QCheckBox(self.tr("Advance by timer (Shift+F8)"))
        self.seconds = QSpinBox()
        self.seconds.setRange(3, 120)
        self.seconds.setValue(15)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("Seconds between lines"))
        auto_row.addWidget(self.auto, 1)
        auto_row.addWidget(self.seconds)
        play.addLayout(auto_row)
        self.speak = QCheckBox(self.tr("Speak the customer's lines"))
        play.addWidget(self.speak)
        layout.addWidget(self.play)

        bottom = QHBoxLayout()
        self.record = QPushButton(self.tr("Trainee record"))
        self.presenter = QPushButton(self.tr("Presenter mode (Ctrl+Shift+P)"))
        self.presenter.setCheckable(True)
        bottom.addWidget(self.record)
        bottom.addWidget(self.presenter)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.addLayout(bottom)  # always visible, outside the scrolling part

        self.list.currentItemChanged.connect(lambda *_: self._show_brief())
        self.list.itemActivated.connect(lambda _i: self._start())
        self.start.clicked.connect(self._start)
        self.next.clicked.connect(self.nextRequested)
        self.hint_button.clicked.connect(self.hintRequested)
        self.show_me.clicked.connect(self.showMeRequested)
        self.marks.clicked.connect(self.marksRequested)
        self.finish.clicked.connect(self.finishRequested)
        self.record.clicked.connect(self.recordRequested)
        self.presenter.toggled.connect(self.presenterToggled)
        self.auto.toggled.connect(self.autoToggled)
        self.speak.toggled.connect(self.speakToggled)
        self._rows: list[Mapping[str, Any]] = []
        self.set_playing(False)

    # --- picker ------------------------------------------------------------------------

    def set_scenarios(self, rows: Sequence[Mapping[str, Any]]) -> None:
        self._rows = list(rows)
        self.list.clear()
        for row in self._rows:
            item = QListWidgetItem(f"{row['title']}  [{level_label(str(row['level']))}]")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(str(row["brief"]))
            self.list.addItem(item)
        if self._rows:
            self.list.setCurrentRow(0)
        self._show_brief()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, scenario_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == scenario_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _show_brief(self) -> None:
        wanted = self.selected_id()
        row = next((r for r in self._rows if r["id"] == wanted), None)
        if row is None:
            self.brief.setText(self.tr("No scenario selected."))
            self.start.setEnabled(False)
            return
        facts = [
            self.tr("Level: %1").replace("%1", level_label(str(row["level"]))),
            self.tr("%1 customer lines").replace("%1", str(row["steps"])),
        ]
        if row.get("demands"):
            facts.append(self.tr("unreasonable demand"))
        if row.get("handoff"):
            facts.append(self.tr("handoff needed"))
        from html import escape

        self.brief.setText(f"<b>{escape(' · '.join(facts))}</b><br/>{escape(str(row['brief']))}")
        self.start.setEnabled(True)

    def _start(self) -> None:
        wanted = self.selected_id()
        if wanted:
            self.startRequested.emit(wanted)

    # --- playing -----------------------------------------------------------------------

    def set_playing(self, playing: bool) -> None:
        for button in (self.next, self.hint_button, self.show_me, self.marks, self.finish):
            button.setEnabled(playing)
        self.play.setEnabled(playing)
        self.brief.setVisible(not playing)  # room for the script while playing
        if not playing:
            self.hint.hide()

    def set_speech_available(self, available: bool) -> None:
        self.speak.setEnabled(available)
        self.speak.setChecked(available)
        self.speak.setToolTip(
            "" if available else self.tr("No text-to-speech voice is installed on this computer.")
        )


class MarksDialog(QDialog):
    """The trainer's own verdict on each check-sheet point: met / missed / no mark, + note."""

    def __init__(
        self, lang: str, existing: Mapping[str, tuple[bool, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trainer marks"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Your marks override the automatic verdict. Leave “no mark” to keep it.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Check point")), 0, 0)
        grid.addWidget(QLabel(self.tr("Met")), 0, 1)
        grid.addWidget(QLabel(self.tr("Missed")), 0, 2)
        grid.addWidget(QLabel(self.tr("No mark")), 0, 3)
        grid.addWidget(QLabel(self.tr("Note")), 0, 4)
        self.groups: dict[str, QButtonGroup] = {}
        self.notes: dict[str, QLineEdit] = {}
        for row, point in enumerate(POINT_IDS, start=1):
            title = QLabel(title_of(point, lang))
            title.setWordWrap(True)
            grid.addWidget(title, row, 0)
            group = QButtonGroup(self)
            for col, (value, name) in enumerate(
                (("ok", self.tr("Met")), ("missed", self.tr("Missed")), ("", self.tr("No mark"))),
                start=1,
            ):
                radio = QRadioButton()
                radio.setAccessibleName(f"{title.text()}: {name}")
                radio.setProperty("mark", value)
                group.addButton(radio)
                grid.addWidget(radio, row, col, Qt.AlignmentFlag.AlignCenter)
            note = QLineEdit()
            note.setAccessibleName(self.tr("Note on %1").replace("%1", title.text()))
            grid.addWidget(note, row, 4)
            mark = existing.get(point)
            for button in group.buttons():
                wanted = "" if mark is None else ("ok" if mark[0] else "missed")
                button.setChecked(button.property("mark") == wanted)
            if mark is not None:
                note.setText(mark[1])
            self.groups[point] = group
            self.notes[point] = note
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(4, 2)
        layout.addLayout(grid)
        layout.addWidget(ok_cancel_buttons(self))
        self.resize(760, 420)

    def set_mark(self, point: str, mark: str, note: str = "") -> None:
        for button in self.groups[point].buttons():
            button.setChecked(button.property("mark") == mark)
        self.notes[point].setText(note)

    def marks(self) -> dict[str, tuple[bool, str]]:
        """point → (met, note) for every point the trainer marked."""
        found: dict[str, tuple[bool, str]] = {}
        for point, group in self.groups.items():
            checked = group.checkedButton()
            value = checked.property("mark") if checked is not None else ""
            if value:
                found[point] = (value == "ok", self.notes[point].text().strip())
        return found


class ReportDialog(QDialog):
    """A practice call's QC report (or a trainee's record), with PDF export."""

    exportRequested = Signal()
    recordRequested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.trainee_label = QLabel(self.tr("Trainee:"))
        self.trainees = QComboBox()
        self.trainees.setAccessibleName(self.tr("Trainee"))
        self.trainee_label.setBuddy(self.trainees)
        head.addWidget(self.trainee_label)
        head.addWidget(self.trainees, 1)
        layout.addLayout(head)
        self.trainee_label.hide()
        self.trainees.hide()
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Report"))
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Trainee record"))
        self.export = QPushButton(self.tr("Export PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        row.addWidget(self.record)
        row.addStretch(1)
        row.addWidget(self.export)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.export.clicked.connect(self.exportRequested)
        self.record.clicked.connect(self.recordRequested)
        self.close_button.clicked.connect(self.accept)
        self.resize(860, 720)

    def set_html(self, html: str) -> None:
        bar = self.browser.verticalScrollBar()
        pos = bar.value()
        self.browser.setHtml(html)
        bar.setValue(pos)

    def set_trainees(self, names: Sequence[str], current: str) -> None:
        self.trainees.blockSignals(True)
        self.trainees.clear()
        self.trainees.addItems(list(names))
        if current in names:
            self.trainees.setCurrentText(current)
        self.trainees.blockSignals(False)
        self.trainee_label.show()
        self.trainees.show()
        self.record.hide()
