"""What keeps recurring: the supervisor's view over the call log (Ctrl+T)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.packs.loader import PackSet
from assistdesk.core.trends import CauseLine, as_text, cause_lines
from assistdesk.ui.widgets.common import title_label

PERIODS = (7, 30, 90)


def _table(headers: Sequence[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(accessible)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[object]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem()
            if isinstance(value, int):
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            else:
                item.setText(str(value))
                item.setToolTip(str(value))  # long titles are elided in the narrow column
            table.setItem(r, c, item)
    # Sortable by any column; it opens on the count, most frequent first.
    table.setSortingEnabled(True)
    table.sortItems(1, Qt.SortOrder.DescendingOrder)


class TrendsDialog(QDialog):
    """Counts over the chosen period: causes checked (and how often the check fixed it),
    voice-of-customer tags, prevention ideas, outcomes. Demo calls never count."""

    def __init__(
        self,
        fetch: Callable[[timedelta], Any],
        packs: PackSet | None,
        outcome_label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._packs = packs
        self._outcome_label = outcome_label
        self._text = ""
        self.setWindowTitle(self.tr("What keeps recurring"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days in PERIODS:
            self.period.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(30))
        top.addWidget(self.period, 1)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        layout.addWidget(title_label(self.tr("Causes checked (most frequent first)")))
        self.causes = _table(
            [self.tr("Cause"), self.tr("Checked"), self.tr("Fixed"), self.tr("Not fixed")],
            self.tr("Causes checked"),
        )
        layout.addWidget(self.causes, 3)
        layout.addWidget(title_label(self.tr("Prevention ideas (再発防止策)")))
        self.prevention = _table([self.tr("Idea"), self.tr("Calls")], self.tr("Prevention ideas"))
        layout.addWidget(self.prevention, 2)
        layout.addWidget(title_label(self.tr("Voice of the customer")))
        self.tags = _table([self.tr("Tag"), self.tr("Calls")], self.tr("Voice-of-customer tags"))
        layout.addWidget(self.tags, 2)
        layout.addWidget(title_label(self.tr("Outcomes")))
        self.outcomes = _table([self.tr("Outcome"), self.tr("Calls")], self.tr("Outcomes"))
        layout.addWidget(self.outcomes, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = QPushButton(self.tr("Copy as text"))
        self.copy.setAccessibleName(self.tr("Copy the figures as text"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy.clicked.connect(self.copy_text)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(560, 780)
        self.refresh()

    def refresh(self) -> None:
        days = int(self.period.currentData())
        result = self._fetch(timedelta(days=days))
        if isinstance(result, str) or result is None:
            self.summary.setText(result or self.tr("No database: figures are not available."))
            for table in (self.causes, self.prevention, self.tags, self.outcomes):
                table.setRowCount(0)
            self._text = ""
            return
        causes: list[CauseLine] = cause_lines(result.causes, self._packs)
        self.summary.setText(
            self.tr("%1 calls in the last %2 days (practice calls excluded).")
            .replace("%1", str(result.calls))
            .replace("%2", str(days))
        )
        _fill(self.causes, [(c.title, c.checked, c.fixed, c.not_fixed) for c in causes])
        _fill(self.prevention, [(idea, n) for idea, n in result.prevention])
        _fill(self.tags, [(tag, n) for tag, n in result.tags])
        outcomes = [(self._outcome_label(o), n) for o, n in result.outcomes]
        _fill(self.outcomes, outcomes)
        self._text = as_text(
            self.summary.text(),
            causes,
            [
                (self.tr("Prevention ideas (再発防止策)"), result.prevention),
                (self.tr("Voice of the customer"), result.tags),
                (self.tr("Outcomes"), outcomes),
            ],
            self.tr("Causes checked (fixed / not fixed)"),
        )

    def copy_text(self) -> None:
        if self._text:
            QGuiApplication.clipboard().setText(self._text)
