"""The Listen box: the operator types the customer's words; Return records the line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QToolButton, QVBoxLayout, QWidget

from assistdesk.ui.widgets.common import muted_label, title_label


class ListenBox(QWidget):
    typed = Signal(str)  # every keystroke
    heard = Signal(str)  # Return: one utterance finished

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(title_label(self.tr("Customer's words")))
        self.detected = muted_label()
        self.detected.setAccessibleName(self.tr("Detected category and feeling"))
        self.transcript = QListWidget()
        self.transcript.setAccessibleName(self.tr("What the customer has said so far"))
        self.transcript.setWordWrap(True)
        self.transcript.setFocusPolicy(self.transcript.focusPolicy().NoFocus)
        self.transcript.setMaximumHeight(self.fontMetrics().height() * 3 + 8)
        self.transcript.hide()
        layout.addWidget(self.transcript)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Listen box: type what the customer says"))
        self.edit.setPlaceholderText(
            self.tr("Type what the customer says… (Return records it, Ctrl+L comes back here)")
        )
        self.edit.setClearButtonEnabled(True)
        for button in self.edit.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the text"))
        layout.addWidget(self.edit)
        layout.addWidget(self.detected)
        self.edit.textEdited.connect(self.typed)
        self.edit.returnPressed.connect(self._commit)

    def _commit(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        self.edit.clear()
        self.heard.emit(text)

    def set_transcript(self, lines: Sequence[str]) -> None:
        self.transcript.clear()
        self.transcript.addItems(list(lines))
        self.transcript.setVisible(bool(lines))
        if lines:
            self.transcript.scrollToBottom()

    def set_detected(self, category: str | None, feeling: str | None) -> None:
        parts = [p for p in (category, feeling) if p]
        self.detected.setText(
            self.tr("Detected: %1").replace("%1", " · ".join(parts)) if parts else ""
        )
