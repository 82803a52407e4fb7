"""Start/end the call, the running timer, who is handling it, optional customer fields."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class CallBar(QWidget):
    startRequested = Signal()
    endRequested = Signal()
    customerEdited = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start call"))
        self.start_button.setAccessibleName(self.tr("Start call"))
        self.start_button.setToolTip(self.tr("Start a call (Ctrl+N)"))
        self.end_button = QPushButton(self.tr("End call"))
        self.end_button.setAccessibleName(self.tr("End call"))
        self.end_button.setToolTip(self.tr("End the call (Ctrl+Shift+E)"))
        self.timer = QLabel("--:--")
        self.timer.setObjectName("Timer")
        self.timer.setAccessibleName(self.tr("Call duration"))
        self.operator = QLabel()
        self.operator.setAccessibleName(self.tr("Operator handling this call"))
        self.operator.setObjectName("Muted")
        row.addWidget(self.start_button)
        row.addWidget(self.end_button)
        row.addWidget(self.timer)
        row.addStretch(1)
        row.addWidget(self.operator)
        layout.addLayout(row)
        fields = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Customer name"))
        self.name.setAccessibleName(self.tr("Customer name"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Phone"))
        self.phone.setAccessibleName(self.tr("Customer phone"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Reference"))
        self.reference.setAccessibleName(self.tr("Customer reference"))
        for edit in (self.name, self.phone, self.reference):
            edit.editingFinished.connect(self._edited)
            fields.addWidget(edit)
        layout.addLayout(fields)
        self.start_button.clicked.connect(self.startRequested)
        self.end_button.clicked.connect(self.endRequested)
        self._started: datetime | None = None
        self.set_active(False, None)

    def _edited(self) -> None:
        self.customerEdited.emit(self.name.text(), self.phone.text(), self.reference.text())

    def set_operator(self, name: str) -> None:
        self.operator.setText(self.tr("Operator: %1").replace("%1", name or "—"))

    def set_customer(self, name: str, phone: str, reference: str) -> None:
        self.name.setText(name)
        self.phone.setText(phone)
        self.reference.setText(reference)

    def set_active(self, active: bool, started: datetime | None) -> None:
        self._started = started if active else None
        self.start_button.setEnabled(not active)
        self.end_button.setEnabled(active)
        if not active:
            self.timer.setText("--:--")
        self.tick()

    def tick(self) -> None:
        if self._started is None:
            return
        seconds = max(0, int((datetime.now(UTC) - self._started).total_seconds()))
        minutes, secs = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
        self.timer.setText(text)
