"""Small building blocks shared by the sections."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistdesk.ui.session import Phrase

PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1
WRAP = int(Qt.TextFlag.TextWordWrap)


def scrolling_body(owner: QWidget, margin: int = 4, outer_margins: int = 0) -> QVBoxLayout:
    """Gives ``owner`` a body that scrolls vertically (never sideways: the panel is
    narrow and text wraps) and returns the body's layout to fill."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(outer_margins, outer_margins // 2, outer_margins, outer_margins // 2)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(margin, margin, margin, margin)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return layout


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK / Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def title_label(text: str, name: str = "SectionTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def muted_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


class PhraseList(QListWidget):
    """Phrases the operator may say. Return copies the selected one, Space stacks it."""

    copyRequested = Signal(object)  # Phrase
    stackRequested = Signal(object)  # Phrase

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.itemActivated.connect(self._activated)
        self._max_rows = 4
        # How a phrase is shown: placeholders filled from the call (set by the window).
        self.display: Callable[[str], str] = lambda text: text

    def refresh(self) -> None:
        self.set_phrases(self.phrases())

    def set_max_rows(self, rows: int) -> None:
        self._max_rows = rows

    def set_phrases(self, phrases: Sequence[Phrase]) -> None:
        shown = [self.display(p.text) for p in phrases]
        current = [self.item(i).data(PHRASE_ROLE) for i in range(self.count())]
        texts = [self.item(i).text() for i in range(self.count())]
        if current == list(phrases) and texts == shown:
            return
        self.clear()
        for i, phrase in enumerate(phrases):
            item = QListWidgetItem(shown[i])
            item.setData(PHRASE_ROLE, phrase)
            item.setToolTip(phrase.text)
            self.addItem(item)
        if self.count():
            # Current without a visible selection: unfocused lists stay quiet.
            self.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._fit()

    def _fit(self) -> None:
        # Each row sized to its wrapped text at the current width, so every phrase is shown
        # whole; the list itself is as tall as its first few rows (sections stack compactly).
        overflow = self.count() > self._max_rows
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if overflow
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        full = self.viewport().width()
        width = full - 12
        if overflow and not self.verticalScrollBar().isVisible():
            width -= self.verticalScrollBar().sizeHint().width()
        metrics = self.fontMetrics()
        total = 2 * self.frameWidth()
        for i in range(self.count()):
            item = self.item(i)
            rect = metrics.boundingRect(QRect(0, 0, max(width, 80), 100000), WRAP, item.text())
            h = rect.height() + 8
            if item.sizeHint().height() != h:
                item.setSizeHint(QSize(max(full - 2, 80), h))
            if i < self._max_rows:
                total += h
        if self.count() == 0:
            total += metrics.height()
        self.setFixedHeight(total)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        item = self.currentItem()
        if item is not None and not item.isSelected():
            item.setSelected(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        row = self.currentRow()
        self.clearSelection()
        if row >= 0:
            self.setCurrentRow(row, QItemSelectionModel.SelectionFlag.NoUpdate)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.count():
            self._fit()

    def current_phrase(self) -> Phrase | None:
        item = self.currentItem()
        phrase: Phrase | None = item.data(PHRASE_ROLE) if item is not None else None
        return phrase

    def phrases(self) -> list[Phrase]:
        return [self.item(i).data(PHRASE_ROLE) for i in range(self.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.copyRequested.emit(item.data(PHRASE_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        phrase = self.current_phrase()
        if phrase is not None and plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.copyRequested.emit(phrase)
            return
        if phrase is not None and plain and key in (Qt.Key.Key_Space, Qt.Key.Key_Insert):
            self.stackRequested.emit(phrase)
            return
        super().keyPressEvent(event)


class Bar(QFrame):
    """A tinted message bar with action buttons (warnings, pack problems, resume)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        self.hide()

    def add_button(self, text: str, accessible: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible or text.replace("&", ""))
        self.buttons.addWidget(button)
        return button

    def clear_buttons(self) -> None:
        while self.buttons.count() > 1:
            item = self.buttons.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
