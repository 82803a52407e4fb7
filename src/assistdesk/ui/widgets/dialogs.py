"""Dialogs: settings, the shortcut cheat sheet, placeholder values, a past call read-only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistdesk.ui import shortcuts
from assistdesk.ui.session import placeholder_label
from assistdesk.ui.settings import MAX_FONT_SIZE, MIN_FONT_SIZE, Settings
from assistdesk.ui.widgets.common import ok_cancel_buttons


@dataclass
class SettingsValues:
    operator: str
    company: str
    language: str
    pack_folder: str
    db_url: str
    always_on_top: bool
    font_size: int


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.operator = QLineEdit(settings.operator)
        self.operator.setAccessibleName(self.tr("Operator name"))
        self.company = QLineEdit(settings.company)
        self.company.setAccessibleName(self.tr("Company name (for phrases)"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the panel and the content"))
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if settings.language == "ja" else 1)
        packs_row = QHBoxLayout()
        self.pack_folder = QLineEdit(settings.pack_folder)
        self.pack_folder.setAccessibleName(self.tr("Content pack folder"))
        self.pack_folder.setPlaceholderText(self.tr("(bundled packs)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(self.tr("Browse for a pack folder"))
        browse.clicked.connect(self._browse)
        packs_row.addWidget(self.pack_folder, 1)
        packs_row.addWidget(browse)
        self.db_url = QLineEdit(settings.db_url)
        self.db_url.setAccessibleName(self.tr("Database location or URL"))
        self.db_url.setPlaceholderText(self.tr("(SQLite in your data folder)"))
        self.on_top = QCheckBox(self.tr("Keep the panel above other windows"))
        self.on_top.setAccessibleName(self.tr("Always on top"))
        self.on_top.setChecked(settings.always_on_top)
        self.font_size = QSpinBox()
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.setRange(MIN_FONT_SIZE, MAX_FONT_SIZE)
        self.font_size.setValue(settings.font_size)
        form.addRow(self.tr("&Operator"), self.operator)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Language"), self.language)
        # A row whose field is a layout gets no buddy by itself; without one the
        # mnemonic would show as a literal "&".
        packs_label = QLabel(self.tr("&Pack folder"))
        packs_label.setBuddy(self.pack_folder)
        form.addRow(packs_label, packs_row)
        form.addRow(self.tr("&Database"), self.db_url)
        form.addRow("", self.on_top)
        form.addRow(self.tr("&Font size"), self.font_size)
        layout.addLayout(form)
        note = QLabel(self.tr("Language, packs and database apply at once when no call is open."))
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(ok_cancel_buttons(self))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Pack folder"), self.pack_folder.text()
        )
        if folder:
            self.pack_folder.setText(folder)

    def values(self) -> SettingsValues:
        return SettingsValues(
            self.operator.text().strip(),
            self.company.text().strip(),
            str(self.language.currentData()),
            self.pack_folder.text().strip(),
            self.db_url.text().strip(),
            self.on_top.isChecked(),
            self.font_size.value(),
        )


class CheatSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = list(shortcuts.KEYS) + list(shortcuts.LOCAL_KEYS)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Where"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, key in enumerate(rows):
            native = (
                QKeySequence(key.keys).toString(QKeySequence.SequenceFormat.NativeText) or key.keys
            )
            for c, text in enumerate(
                (native, shortcuts.label(key.group), shortcuts.label(key.label))
            ):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 560)


class PlaceholderDialog(QDialog):
    """Asks for the values a phrase still needs ({date}, {time}…) just before it is used."""

    def __init__(self, names: Sequence[str], preview: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fill in before saying"))
        layout = QVBoxLayout(self)
        text = QLabel(preview)
        text.setWordWrap(True)
        text.setObjectName("Muted")
        layout.addWidget(text)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in names:
            edit = QLineEdit()
            edit.setAccessibleName(placeholder_label(name))
            form.addRow(placeholder_label(name), edit)
            self.edits[name] = edit
        layout.addLayout(form)
        layout.addWidget(ok_cancel_buttons(self))
        if names:
            self.edits[names[0]].setFocus()

    def values(self) -> dict[str, str]:
        return {
            name: edit.text().strip() for name, edit in self.edits.items() if edit.text().strip()
        }


class CallViewDialog(QDialog):
    """A past call, read-only, headed by who handled it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Past call (read-only)"))
        self.view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 560)
