"""Small building blocks shared by the sections."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from assistdesk.ui.session import Phrase

PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1


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

    def set_max_rows(self, rows: int) -> None:
        self._max_rows = rows

    def set_phrases(self, phrases: Sequence[Phrase], shown: Sequence[str] | None = None) -> None:
        current = [self.item(i).data(PHRASE_ROLE) for i in range(self.count())]
        if current == list(phrases):
            return
        self.clear()
        for i, phrase in enumerate(phrases):
            item = QListWidgetItem(shown[i] if shown is not None else phrase.text)
            item.setData(PHRASE_ROLE, phrase)
            item.setToolTip(phrase.text)
            self.addItem(item)
        if self.count():
            self.setCurrentRow(0)
        self._fit()

    def _fit(self) -> None:
        # Size to the content (up to a few rows) so sections stack compactly.
        self.doItemsLayout()
        height = 2 * self.frameWidth() + 4
        for i in range(min(self.count(), self._max_rows)):
            height += max(self.sizeHintForRow(i), self.fontMetrics().height() + 4)
        if self.count() == 0:
            height += self.fontMetrics().height()
        self.setFixedHeight(height)

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.count():
            self._fit()

    def current_phrase(self) -> Phrase | None:
        item = self.currentItem()
        return item.data(PHRASE_ROLE) if item is not None else None

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
