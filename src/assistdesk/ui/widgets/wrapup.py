"""Wrap-up: outcome, the two solutions, follow-up, voice-of-customer tags, closing line."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.packs.loader import PackSet
from assistdesk.ui.session import OUTCOMES, Phrase, outcome_label
from assistdesk.ui.widgets.common import PhraseList, muted_label, scrolling_body, title_label


class WrapUpPanel(QWidget):
    outcomeChosen = Signal(str)
    solutionsEdited = Signal(str, str)  # immediate action, prevention
    followupEdited = Signal(object, str)  # date | None, note
    tagsEntered = Signal(str)
    endRequested = Signal()
    copyRequested = Signal(object)
    stackRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self)

        layout.addWidget(title_label(self.tr("Outcome (Alt+1…5)")))
        self.outcomes = QButtonGroup(self)
        grid = QHBoxLayout()
        col1, col2 = QVBoxLayout(), QVBoxLayout()
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(OUTCOMES, start=1):
            button = QRadioButton(f"{i} {outcome_label(key)}")
            button.setAccessibleName(outcome_label(key))
            self.outcomes.addButton(button, i)
            self.outcome_buttons[key] = button
            (col1 if i <= 3 else col2).addWidget(button)
            button.toggled.connect(lambda on, k=key: self._toggled(on, k))
        grid.addLayout(col1)
        grid.addLayout(col2)
        layout.addLayout(grid)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.action = QLineEdit()
        self.action.setAccessibleName(self.tr("Immediate action (対処策)"))
        self.action.setPlaceholderText(self.tr("what fixed it now"))
        self.prevention = QLineEdit()
        self.prevention.setAccessibleName(self.tr("Prevention idea (再発防止策)"))
        self.prevention.setPlaceholderText(self.tr("what would stop it happening again"))
        form.addRow(self.tr("Immediate action"), self.action)
        form.addRow(self.tr("Prevention"), self.prevention)
        follow = QHBoxLayout()
        self.follow = QCheckBox(self.tr("Follow up on"))
        self.follow.setAccessibleName(self.tr("Promise a follow-up"))
        self.follow_date = QDateEdit()
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setAccessibleName(self.tr("Follow-up date"))
        self.follow_date.setDate(QDate.currentDate().addDays(1))
        self.follow_date.setEnabled(False)
        follow.addWidget(self.follow)
        follow.addWidget(self.follow_date, 1)
        form.addRow(follow)
        self.follow_note = QLineEdit()
        self.follow_note.setAccessibleName(self.tr("Follow-up note"))
        self.follow_note.setPlaceholderText(self.tr("what to do then"))
        self.follow_note.setEnabled(False)
        form.addRow(self.tr("Follow-up note"), self.follow_note)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Voice-of-customer tags"))
        self.tags.setPlaceholderText(self.tr("tags, separated by commas; Return adds"))
        form.addRow(self.tr("Customer's voice"), self.tags)
        layout.addLayout(form)
        self.tag_list = muted_label()
        self.tag_list.setAccessibleName(self.tr("Tags on this call"))
        layout.addWidget(self.tag_list)

        layout.addWidget(title_label(self.tr("Close warmly")))
        self.closing = PhraseList(self.tr("Closing lines"))
        self.closing.set_max_rows(4)
        layout.addWidget(self.closing)
        row = QHBoxLayout()
        self.missing = QLabel()
        self.missing.setObjectName("Muted")
        self.missing.setWordWrap(True)
        row.addWidget(self.missing, 1)
        self.end = QPushButton(self.tr("End call (Ctrl+Shift+E)"))
        self.end.setAccessibleName(self.tr("End call"))
        row.addWidget(self.end)
        layout.addLayout(row)
        layout.addStretch(1)

        for edit in (self.action, self.prevention):
            edit.editingFinished.connect(self._solutions)
        self.follow.toggled.connect(self._follow_toggled)
        self.follow_date.dateChanged.connect(lambda *_: self._followup())
        self.follow_note.editingFinished.connect(self._followup)
        self.tags.returnPressed.connect(self._tags)
        self.end.clicked.connect(self.endRequested)
        self.closing.copyRequested.connect(self.copyRequested)
        self.closing.stackRequested.connect(self.stackRequested)

    def set_packs(self, packs: PackSet | None) -> None:
        phrases = [
            Phrase("closing", line, c.id)
            for c in (packs.closings if packs else [])
            for line in c.lines
        ]
        self.closing.set_phrases(phrases)

    def _toggled(self, on: bool, outcome: str) -> None:
        if on:
            self.outcomeChosen.emit(outcome)

    def choose(self, outcome: str) -> None:
        """Alt+1…5 from anywhere in the window: sets the outcome at once."""
        button = self.outcome_buttons[outcome]
        if not button.isChecked():
            button.setChecked(True)
        else:
            self.outcomeChosen.emit(outcome)

    def _solutions(self) -> None:
        self.solutionsEdited.emit(self.action.text(), self.prevention.text())

    def _follow_toggled(self, on: bool) -> None:
        self.follow_date.setEnabled(on)
        self.follow_note.setEnabled(on)
        if on:
            self._followup()
        else:
            self.followupEdited.emit(None, "")

    def _followup(self) -> None:
        if not self.follow.isChecked():
            return
        qd = self.follow_date.date()
        self.followupEdited.emit(date(qd.year(), qd.month(), qd.day()), self.follow_note.text())

    def _tags(self) -> None:
        text = self.tags.text()
        if text.strip():
            self.tagsEntered.emit(text)
        self.tags.clear()

    def commit_pending(self) -> None:
        """Saves whatever is typed but not yet confirmed (before ending the call)."""
        self._solutions()
        if self.tags.text().strip():
            self._tags()
        self._followup()

    def show_state(
        self,
        outcome: str | None,
        action: str,
        prevention: str,
        followup: tuple[date | None, str] | None,
        tags: tuple[str, ...],
    ) -> None:
        if outcome in self.outcome_buttons and not self.outcome_buttons[outcome].isChecked():
            self.outcome_buttons[outcome].blockSignals(True)
            self.outcome_buttons[outcome].setChecked(True)
            self.outcome_buttons[outcome].blockSignals(False)
        if not self.action.hasFocus() and self.action.text() != action:
            self.action.setText(action)
        if not self.prevention.hasFocus() and self.prevention.text() != prevention:
            self.prevention.setText(prevention)
        if followup is not None and not self.follow.isChecked():
            self.follow.blockSignals(True)
            self.follow.setChecked(True)
            self.follow.blockSignals(False)
            self.follow_date.setEnabled(True)
            self.follow_note.setEnabled(True)
            due, note = followup
            if due is not None:
                self.follow_date.blockSignals(True)
                self.follow_date.setDate(QDate(due.year, due.month, due.day))
                self.follow_date.blockSignals(False)
            self.follow_note.setText(note)
        self.tag_list.setText(" ".join(f"#{t}" for t in tags))
        missing = []
        if outcome is None:
            missing.append(self.tr("outcome"))
        if not action.strip():
            missing.append(self.tr("immediate action"))
        self.missing.setText(
            self.tr("Still to fill: %1").replace("%1", ", ".join(missing)) if missing else ""
        )

    def reset(self) -> None:
        self.outcomes.setExclusive(False)
        for b in self.outcome_buttons.values():
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        self.outcomes.setExclusive(True)
        for edit in (self.action, self.prevention, self.follow_note, self.tags):
            edit.clear()
        self.follow.blockSignals(True)
        self.follow.setChecked(False)
        self.follow.blockSignals(False)
        self.follow_date.setDate(QDate.currentDate().addDays(1))
        self.follow_date.setEnabled(False)
        self.follow_note.setEnabled(False)
        self.tag_list.clear()
        self.missing.clear()


def tomorrow() -> date:
    return date.today() + timedelta(days=1)
