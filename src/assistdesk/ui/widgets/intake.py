"""Intake: the prompts of the chosen or detected category, what is still unheard, answers
typed in place."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import IntakeTemplate
from assistdesk.ui.widgets.common import muted_label

AUTO = ""


class IntakePanel(QWidget):
    categoryChosen = Signal(str)  # "" = follow detection
    answered = Signal(str, str)  # prompt id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        label = QLabel(self.tr("Category:"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Intake category"))
        label.setBuddy(self.category)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category.setMinimumContentsLength(10)
        head.addWidget(label)
        head.addWidget(self.category, 1)
        outer.addLayout(head)
        self.progress = muted_label()
        self.progress.setAccessibleName(self.tr("Intake progress"))
        outer.addWidget(self.progress)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self._scroll.setWidget(self.body)
        outer.addWidget(self._scroll, 1)
        self.category.activated.connect(self._chosen)
        self._packs: PackSet | None = None
        self._template: IntakeTemplate | None = None
        self._detected: str | None = None
        self.answers: dict[str, QLineEdit] = {}
        self.status: dict[str, QLabel] = {}

    # --- content -----------------------------------------------------------------------

    def set_packs(self, packs: PackSet | None) -> None:
        self._packs = packs
        self.category.clear()
        self.category.addItem(self.tr("Detect automatically"), AUTO)
        for tpl in packs.intake if packs else []:
            self.category.addItem(tpl.title, tpl.id)
        self._show(None)

    def manual(self) -> bool:
        return bool(self.category.currentData())

    def current_template(self) -> str | None:
        return self._template.id if self._template else None

    def set_detected(self, category: str | None) -> None:
        self._detected = category
        if not self.manual():
            detected = self._packs.intake_template(category) if self._packs and category else None
            name = detected.title if detected else self.tr("not yet known")
            self.category.setItemText(0, self.tr("Detect automatically (%1)").replace("%1", name))
            if category and (self._template is None or self._template.id != category):
                self._show(category)

    def choose(self, category: str | None) -> None:
        index = self.category.findData(category or AUTO)
        if index >= 0:
            self.category.setCurrentIndex(index)
        self._show(category or self._detected)

    def _chosen(self, index: int) -> None:
        data = self.category.itemData(index) or AUTO
        self._show(data or self._detected)
        self.categoryChosen.emit(data)

    def _show(self, category: str | None) -> None:
        tpl = self._packs.intake_template(category) if self._packs and category else None
        if tpl is None and self._packs is not None and self._packs.intake and category is None:
            tpl = self._packs.intake_template("general")
        if tpl is self._template and tpl is not None:
            return
        keep = {pid: edit.text() for pid, edit in self.answers.items()}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.answers.clear()
        self.status.clear()
        self._template = tpl
        if tpl is None:
            return
        for row, prompt in enumerate(tpl.prompts):
            status = QLabel()
            label = QLabel(f"<b>{prompt.label}</b>")
            ask = muted_label(prompt.ask)
            ask.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            edit = QLineEdit(keep.get(prompt.id, ""))
            edit.setAccessibleName(prompt.label)
            edit.setAccessibleDescription(prompt.ask)
            edit.setPlaceholderText(self.tr("answer…"))
            edit.setProperty("ask", prompt.ask)
            edit.setProperty("prompt", prompt.id)
            edit.returnPressed.connect(lambda pid=prompt.id: self._enter(pid))
            edit.editingFinished.connect(lambda pid=prompt.id: self._save(pid))
            self.grid.addWidget(status, row * 3, 0)
            self.grid.addWidget(label, row * 3, 1)
            self.grid.addWidget(ask, row * 3 + 1, 1)
            self.grid.addWidget(edit, row * 3 + 2, 1)
            self.answers[prompt.id] = edit
            self.status[prompt.id] = status
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(tpl.prompts) * 3, 1)

    # --- answers -----------------------------------------------------------------------

    def _save(self, prompt_id: str) -> None:
        edit = self.answers.get(prompt_id)
        if edit is not None:
            self.answered.emit(prompt_id, edit.text())

    def _enter(self, prompt_id: str) -> None:
        self._save(prompt_id)
        self.focus_next_unheard(after=prompt_id)

    def focus_next_unheard(self, after: str | None = None) -> None:
        ids = list(self.answers)
        start = ids.index(after) + 1 if after in ids else 0
        for pid in ids[start:] + ids[:start]:
            if not self.answers[pid].text().strip():
                self.answers[pid].setFocus()
                return

    def show_answers(self, answers: Mapping[str, str]) -> None:
        heard = 0
        for pid, edit in self.answers.items():
            text = answers.get(pid, "")
            if text and not edit.hasFocus() and edit.text() != text:
                edit.setText(text)
            done = bool(text.strip())
            heard += done
            status = self.status[pid]
            status.setText("✓" if done else "●")
            status.setObjectName("Heard" if done else "Unheard")
            status.setAccessibleName(self.tr("heard") if done else self.tr("still unheard"))
            status.setToolTip(status.accessibleName())
            status.style().unpolish(status)
            status.style().polish(status)
        total = len(self.answers)
        if total:
            missing = [
                self._label(pid)
                for pid, e in self.answers.items()
                if not answers.get(pid, "").strip()
            ]
            text = self.tr("Heard %1 of %2.").replace("%1", str(heard)).replace("%2", str(total))
            if missing:
                text += " " + self.tr("Still unheard: %1").replace("%1", ", ".join(missing))
            self.progress.setText(text)
        else:
            self.progress.setText(self.tr("No intake template in the content packs."))

    def _label(self, prompt_id: str) -> str:
        if self._template is None:
            return prompt_id
        return next((p.label for p in self._template.prompts if p.id == prompt_id), prompt_id)
