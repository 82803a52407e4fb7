"""History: search past calls, open one read-only, follow-ups due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from assistdesk.ui.widgets.common import muted_label, title_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class CallRow:
    """One past call as listed (filled by the session from the store)."""

    id: str
    started: datetime | None
    operator: str
    customer: str
    category: str
    outcome: str
    snippet: str = ""
    due: date | None = None


def row_text(row: CallRow) -> str:
    when = row.started.astimezone().strftime("%Y-%m-%d %H:%M") if row.started else "—"
    head = f"{when}  {row.operator}"
    if row.due is not None:
        head = f"{row.due.isoformat()}  {row.operator}"
    parts = [p for p in (row.customer, row.category, row.outcome) if p]
    text = head + ("  " + " · ".join(parts) if parts else "")
    if row.snippet:
        text += "\n" + row.snippet
    return text


class RowList(QListWidget):
    opened = Signal(str)

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(lambda item: self.opened.emit(item.data(ROW_ROLE).id))

    def set_rows(self, rows: Sequence[CallRow]) -> None:
        self.clear()
        for row in rows:
            item = QListWidgetItem(row_text(row))
            item.setData(ROW_ROLE, row)
            self.addItem(item)
        if rows:
            self.setCurrentRow(0)


class HistoryPanel(QWidget):
    searchChanged = Signal(str)
    opened = Signal(str)  # call id
    trendsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search past calls"))
        self.search.setPlaceholderText(
            self.tr("Search by name, phone, reference or words… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the text"))
        layout.addWidget(self.search)
        self.status = muted_label()
        layout.addWidget(self.status)
        self.results = RowList(self.tr("Past calls (Return opens, read-only)"))
        layout.addWidget(self.results, 3)
        layout.addWidget(title_label(self.tr("Follow-ups due")))
        self.due = RowList(self.tr("Follow-ups due"))
        layout.addWidget(self.due, 1)
        self.trends = QPushButton(self.tr("What keeps recurring… (Ctrl+T)"))
        self.trends.setAccessibleName(self.tr("What keeps recurring, for supervisors"))
        self.trends.clicked.connect(self.trendsRequested)
        layout.addWidget(self.trends)
        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.hide()
        layout.addWidget(self.unavailable)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.results.opened.connect(self.opened)
        self.due.opened.connect(self.opened)

    def _search_now(self) -> None:
        self._timer.stop()
        self.searchChanged.emit(self.search.text())
        if self.results.count():
            self.results.setFocus()

    def show_results(self, rows: Sequence[CallRow], query: str) -> None:
        self.results.set_rows(rows)
        if query.strip():
            self.status.setText(self.tr("%1 call(s) found.").replace("%1", str(len(rows))))
        else:
            self.status.setText(self.tr("Recent calls."))

    def show_due(self, rows: Sequence[CallRow]) -> None:
        self.due.set_rows(rows)

    def show_unavailable(self, message: str) -> None:
        self.unavailable.setText(message)
        self.unavailable.setVisible(bool(message))
