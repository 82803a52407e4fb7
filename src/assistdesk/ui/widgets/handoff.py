"""Handoff: one key builds the structured summary and copies it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from assistdesk.ui.widgets.common import muted_label, title_label


class HandoffPanel(QWidget):
    buildRequested = Signal()
    notesEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(title_label(self.tr("What was promised / notes")))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("What was promised to the customer"))
        self.notes.setPlaceholderText(
            self.tr("e.g. a call back tomorrow by noon with the repair date")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        layout.addWidget(self.notes)
        row = QHBoxLayout()
        row.addWidget(
            muted_label(self.tr("Everything heard and tried, so the customer never repeats.")), 1
        )
        self.build = QPushButton(self.tr("Build and copy (Ctrl+H)"))
        self.build.setAccessibleName(self.tr("Build and copy the handoff summary"))
        row.addWidget(self.build)
        layout.addLayout(row)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("Handoff summary"))
        self.summary.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.summary, 1)
        self.copied = QLabel()
        self.copied.setObjectName("Muted")
        layout.addWidget(self.copied)
        self.build.clicked.connect(self.buildRequested)
        self.notes.textChanged.connect(lambda: self.notesEdited.emit(self.notes.toPlainText()))

    def set_notes(self, text: str) -> None:
        if self.notes.toPlainText() != text and not self.notes.hasFocus():
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)

    def show_summary(self, text: str) -> None:
        self.summary.setPlainText(text)
        self.copied.setText(self.tr("Copied to the clipboard."))
