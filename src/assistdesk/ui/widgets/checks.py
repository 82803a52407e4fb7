"""Simple-cause cards, ranked, with the face-saving script; fixed / not fixed; next steps."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.packs.schema import Cause
from assistdesk.ui.session import Phrase
from assistdesk.ui.widgets.common import muted_label

CAUSE_ROLE = Qt.ItemDataRole.UserRole + 2


class CauseList(QListWidget):
    marked = Signal(str, bool)  # cause id, fixed
    copyRequested = Signal(object)  # Phrase
    stackRequested = Signal(object)  # Phrase

    def current_cause(self) -> Cause | None:
        item = self.currentItem()
        cause: Cause | None = item.data(CAUSE_ROLE) if item is not None else None
        return cause

    def current_phrase(self) -> Phrase | None:
        cause = self.current_cause()
        return Phrase("other", cause.check.say, cause.id) if cause else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cause = self.current_cause()
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if cause is not None and plain:
            key = event.key()
            if key == Qt.Key.Key_F:
                self.marked.emit(cause.id, True)
                return
            if key == Qt.Key.Key_X:
                self.marked.emit(cause.id, False)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.copyRequested.emit(self.current_phrase())
                return
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Insert):
                self.stackRequested.emit(self.current_phrase())
                return
        super().keyPressEvent(event)


class ChecksPanel(QWidget):
    marked = Signal(str, bool)
    copyRequested = Signal(object)
    stackRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.hint = muted_label(
            self.tr("Ranked by what was said. Return copies the script; F fixed, X not fixed.")
        )
        layout.addWidget(self.hint)
        self.list = CauseList()
        self.list.setAccessibleName(self.tr("Simple causes to check"))
        self.list.setWordWrap(True)
        layout.addWidget(self.list, 1)
        self.detail = QFrame()
        self.detail.setObjectName("CauseDetail")
        d = QVBoxLayout(self.detail)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("SectionTitle")
        self.script = QLabel()
        self.script.setWordWrap(True)
        self.script.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.script.setAccessibleName(self.tr("What to say (face-saving script)"))
        self.why = muted_label()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Result of this check"))
        self.next_title = QLabel(self.tr("<b>Not fixed — try next:</b>"))
        self.next = QLabel()
        self.next.setWordWrap(True)
        self.next.setAccessibleName(self.tr("Next steps"))
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy script"))
        self.copy_button.setAccessibleName(self.tr("Copy script"))
        self.fixed_button = QPushButton(self.tr("Fixed (F)"))
        self.fixed_button.setAccessibleName(self.tr("Tried: fixed"))
        self.not_fixed_button = QPushButton(self.tr("Not fixed (X)"))
        self.not_fixed_button.setAccessibleName(self.tr("Tried: not fixed"))
        for b in (self.copy_button, self.fixed_button, self.not_fixed_button):
            buttons.addWidget(b)
        for w in (self.title, self.script, self.why, self.status, self.next_title, self.next):
            d.addWidget(w)
        d.addLayout(buttons)
        layout.addWidget(self.detail, 0)
        self.list.currentItemChanged.connect(lambda *_: self._show_detail())
        self.list.marked.connect(self.marked)
        self.list.copyRequested.connect(self.copyRequested)
        self.list.stackRequested.connect(self.stackRequested)
        self.copy_button.clicked.connect(self._copy)
        self.fixed_button.clicked.connect(lambda: self._mark(True))
        self.not_fixed_button.clicked.connect(lambda: self._mark(False))
        self._ids: list[str] = []
        self._checks: dict[str, str] = {}
        self._tentative: frozenset[str] = frozenset()
        self._show_detail()

    def _copy(self) -> None:
        phrase = self.list.current_phrase()
        if phrase is not None:
            self.copyRequested.emit(phrase)

    def _mark(self, fixed: bool) -> None:
        cause = self.list.current_cause()
        if cause is not None:
            self.marked.emit(cause.id, fixed)

    def set_causes(
        self,
        ranked: Sequence[Cause],
        checks: Mapping[str, str],
        lookup: Mapping[str, Cause],
        tentative: frozenset[str] = frozenset(),
    ) -> None:
        """Checked causes stay at the top with their result; suggestions follow by rank,
        faint matches greyed so the operator's eye goes to the likely ones."""
        ordered: list[Cause] = [lookup[c] for c in checks if c in lookup]
        ordered += [c for c in ranked if c.id not in checks]
        ids = [c.id for c in ordered]
        if ids == self._ids and dict(checks) == self._checks and tentative == self._tentative:
            return
        keep = self.list.current_cause()
        self._ids = ids
        self._checks = dict(checks)
        self._tentative = tentative
        self.list.blockSignals(True)
        self.list.clear()
        for rank, cause in enumerate(ordered, start=1):
            mark = {"fixed": "✓ ", "not_fixed": "✗ "}.get(checks.get(cause.id, ""), f"{rank}. ")
            item = QListWidgetItem(mark + cause.title)
            item.setData(CAUSE_ROLE, cause)
            if cause.id in tentative and cause.id not in checks:
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                item.setToolTip(
                    self.tr("A faint match: worth checking only if nothing likelier fits")
                )
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = ids.index(keep.id) if keep is not None and keep.id in ids else 0
        if ordered:
            self.list.setCurrentRow(row)
        self._show_detail()

    def _show_detail(self) -> None:
        cause = self.list.current_cause()
        self.detail.setVisible(cause is not None)
        if cause is None:
            return
        self.title.setText(cause.title)
        self.script.setText(cause.check.say)
        self.why.setText(
            self.tr("Why: %1 — Action: %2")
            .replace("%1", cause.check.reason)
            .replace("%2", cause.check.action)
        )
        status = self._checks.get(cause.id)
        self.status.setText(
            {"fixed": self.tr("✓ Fixed"), "not_fixed": self.tr("✗ Not fixed")}.get(status or "", "")
        )
        self.status.setVisible(status is not None)
        not_fixed = status == "not_fixed"
        self.next_title.setVisible(not_fixed)
        self.next.setVisible(not_fixed)
        self.next.setText("\n".join(f"{i}. {step}" for i, step in enumerate(cause.next, start=1)))
