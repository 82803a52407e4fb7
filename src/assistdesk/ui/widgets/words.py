"""Words: empathy first, then partial apology for the situation, the refusal-with-
alternative composer, and a check of the operator's own wording."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from assistdesk.core.compose import CompositionError, RefusalChoice
from assistdesk.core.packs.loader import PackSet
from assistdesk.core.packs.schema import AlternativeCategory, Apology, Feeling
from assistdesk.ui.session import Phrase
from assistdesk.ui.widgets.common import PhraseList, muted_label, scrolling_body, title_label


class WordsPanel(QWidget):
    copyRequested = Signal(object)  # Phrase
    stackRequested = Signal(object)  # Phrase
    faultConfirmed = Signal()
    ownWordsChanged = Signal(str)
    refusalChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_body(self)

        # 1. Empathy first.
        self.empathy_title = title_label(self.tr("1. Empathy first"))
        layout.addWidget(self.empathy_title)
        self.empathy = PhraseList(self.tr("Empathy lines"))
        self.empathy.set_max_rows(3)
        layout.addWidget(self.empathy)

        # 2. Partial apology for the situation (no fault admitted).
        layout.addWidget(title_label(self.tr("2. Apologise for the situation (partial)")))
        self.situation = QComboBox()
        self.situation.setAccessibleName(self.tr("Situation to apologise for"))
        layout.addWidget(self.situation)
        self.apology = PhraseList(self.tr("Partial apology lines"))
        self.apology.set_max_rows(3)
        layout.addWidget(self.apology)

        # Full apology only once the fault is confirmed.
        self.fault = QCheckBox(self.tr("Our fault is confirmed (facts checked)"))
        self.fault.setAccessibleName(self.tr("Our fault is confirmed"))
        layout.addWidget(self.fault)
        self.full_hint = muted_label(
            self.tr("Full apology — only after the facts are known; the panel warns before then.")
        )
        layout.addWidget(self.full_hint)
        self.full = PhraseList(self.tr("Full apology lines"))
        self.full.set_max_rows(2)
        layout.addWidget(self.full)

        # 3. Refusal with an alternative.
        layout.addWidget(title_label(self.tr("3. Can't do it? Offer an alternative")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.r_category = QComboBox()
        self.r_category.setAccessibleName(self.tr("Refusal category"))
        self.r_apology = QComboBox()
        self.r_apology.setAccessibleName(self.tr("Apology that it cannot be done"))
        self.r_reason = QComboBox()
        self.r_reason.setAccessibleName(self.tr("Reason, given at once"))
        self.r_alts = QListWidget()
        self.r_alts.setAccessibleName(self.tr("Alternatives to offer (Space ticks)"))
        self.r_alts.setWordWrap(True)
        self.r_extra = QComboBox()
        self.r_extra.setAccessibleName(self.tr("Something useful on top"))
        for combo in (self.situation, self.r_category, self.r_apology, self.r_reason, self.r_extra):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        form.addRow(self.tr("Category"), self.r_category)
        form.addRow(self.tr("Apology"), self.r_apology)
        form.addRow(self.tr("Reason"), self.r_reason)
        form.addRow(self.tr("Alternatives"), self.r_alts)
        form.addRow(self.tr("Extra"), self.r_extra)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setObjectName("CauseDetail")
        self.preview.setAccessibleName(self.tr("Refusal to say"))
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview)
        row = QHBoxLayout()
        self.r_copy = QPushButton(self.tr("Copy refusal"))
        self.r_copy.setAccessibleName(self.tr("Copy refusal"))
        self.r_stack = QPushButton(self.tr("Add to stack"))
        self.r_stack.setAccessibleName(self.tr("Add refusal to stack"))
        row.addStretch(1)
        row.addWidget(self.r_copy)
        row.addWidget(self.r_stack)
        layout.addLayout(row)

        # 4. The operator's own words, checked before they are said.
        layout.addWidget(title_label(self.tr("Your own words (checked as you type)")))
        self.own = QLineEdit()
        self.own.setAccessibleName(self.tr("Your own words"))
        self.own.setPlaceholderText(self.tr("Type what you are about to say…"))
        layout.addWidget(self.own)
        self.own_note = muted_label()
        self.own_note.setAccessibleName(self.tr("Check of your own words"))
        layout.addWidget(self.own_note)
        layout.addStretch(1)

        for plist in (self.empathy, self.apology, self.full):
            plist.copyRequested.connect(self.copyRequested)
            plist.stackRequested.connect(self.stackRequested)
        self.situation.currentIndexChanged.connect(self._situation_changed)
        self.fault.toggled.connect(self._fault_toggled)
        self.r_category.currentIndexChanged.connect(self._category_changed)
        for combo in (self.r_apology, self.r_reason, self.r_extra):
            combo.currentIndexChanged.connect(self._update_preview)
        self.r_alts.itemChanged.connect(self._update_preview)
        self.r_copy.clicked.connect(lambda: self._emit_refusal(self.copyRequested))
        self.r_stack.clicked.connect(lambda: self._emit_refusal(self.stackRequested))
        self.own.textEdited.connect(self.ownWordsChanged)
        self.display: Callable[[str], str] = lambda text: text
        self._packs: PackSet | None = None
        self._apologies: list[Apology] = []
        self._feeling: str | None = None
        self._manual_category = False
        self.r_category.activated.connect(self._category_picked)
        self.situation.activated.connect(lambda _i: self.situation.setProperty("picked", True))

    # --- content -----------------------------------------------------------------------

    def set_packs(self, packs: PackSet | None) -> None:
        self._packs = packs
        self.r_category.blockSignals(True)
        self.r_category.clear()
        for cat in packs.alternatives if packs else []:
            self.r_category.addItem(cat.title, cat.id)
        self.r_category.blockSignals(False)
        self._manual_category = False
        self._category_changed()
        full = [a for a in packs.apologies if a.level == "full"] if packs else []
        self.full.set_phrases(
            [Phrase("full_apology", line, a.id) for a in full for line in a.lines]
        )

    def set_empathy(self, feeling: Feeling | None) -> None:
        if feeling is None:
            self.empathy_title.setText(self.tr("1. Empathy first"))
            self.empathy.set_phrases([])
            return
        self.empathy_title.setText(self.tr("1. Empathy first — %1").replace("%1", feeling.title))
        self.empathy.set_phrases([Phrase("empathy", line, feeling.id) for line in feeling.lines])

    def set_apologies(self, apologies: list[Apology]) -> None:
        ids = [a.id for a in apologies]
        if ids == [a.id for a in self._apologies]:
            return
        keep = self.situation.currentData()
        self._apologies = apologies
        self.situation.blockSignals(True)
        self.situation.clear()
        for a in apologies:
            self.situation.addItem(a.title, a.id)
        self.situation.blockSignals(False)
        # Follow the best match unless the operator picked a situation by hand.
        if self.situation.property("picked") and keep in ids:
            self.situation.setCurrentIndex(ids.index(keep))
        else:
            self.situation.setCurrentIndex(0)
        self._situation_changed()

    def _situation_changed(self) -> None:
        index = self.situation.currentIndex()
        if 0 <= index < len(self._apologies):
            a = self._apologies[index]
            self.apology.set_phrases([Phrase("apology", line, a.id) for line in a.lines])
        else:
            self.apology.set_phrases([])

    def set_fault_confirmed(self, confirmed: bool) -> None:
        self.fault.blockSignals(True)
        self.fault.setChecked(confirmed)
        self.fault.setEnabled(not confirmed)
        self.fault.blockSignals(False)

    def _fault_toggled(self, on: bool) -> None:
        if on:
            self.faultConfirmed.emit()

    def suggest_category(self, category: AlternativeCategory | None) -> None:
        if category is None or self._manual_category:
            return
        index = self.r_category.findData(category.id)
        if index >= 0 and index != self.r_category.currentIndex():
            self.r_category.setCurrentIndex(index)

    def _category_picked(self, _index: int) -> None:
        self._manual_category = True

    def current_category(self) -> AlternativeCategory | None:
        cid = self.r_category.currentData()
        return self._packs.alternative_category(cid) if self._packs and cid else None

    def _category_changed(self) -> None:
        cat = self.current_category()
        for combo in (self.r_apology, self.r_reason, self.r_extra):
            combo.blockSignals(True)
            combo.clear()
        self.r_alts.blockSignals(True)
        self.r_alts.clear()
        if cat is not None:
            for text in cat.apologies:
                self.r_apology.addItem(self.display(text))
            for text in cat.reasons:
                self.r_reason.addItem(self.display(text))
            for alt in cat.alternatives:
                item = QListWidgetItem(self.display(alt.text))
                item.setData(Qt.ItemDataRole.UserRole, alt.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.r_alts.addItem(item)
            self.r_alts.item(0).setCheckState(Qt.CheckState.Checked)
            self.r_alts.setCurrentRow(0)
            self.r_extra.addItem(self.tr("(no extra)"), None)
            for i, text in enumerate(cat.extras):
                self.r_extra.addItem(self.display(text), i)
            self.r_extra.setCurrentIndex(1)
        for combo in (self.r_apology, self.r_reason, self.r_extra):
            for i in range(combo.count()):
                combo.setItemData(i, combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        self.r_alts.blockSignals(False)
        rows = max(2, min(4, self.r_alts.count()))
        self.r_alts.setFixedHeight(rows * (self.fontMetrics().height() + 8) + 6)
        self._update_preview()

    def refresh_display(self) -> None:
        """Re-shows the composer's choices with placeholders filled (keeps the choices)."""
        cat = self.current_category()
        if cat is None:
            return
        for combo, texts in ((self.r_apology, cat.apologies), (self.r_reason, cat.reasons)):
            for i, text in enumerate(texts):
                combo.setItemText(i, self.display(text))
        for i, text in enumerate(cat.extras):
            self.r_extra.setItemText(i + 1, self.display(text))
        self.r_alts.blockSignals(True)
        for i, alt in enumerate(cat.alternatives):
            self.r_alts.item(i).setText(self.display(alt.text))
        self.r_alts.blockSignals(False)
        self._update_preview()

    def choice(self) -> RefusalChoice | None:
        cat = self.current_category()
        if cat is None:
            return None
        alts = tuple(
            str(self.r_alts.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.r_alts.count())
            if self.r_alts.item(i).checkState() == Qt.CheckState.Checked
        )
        extra = self.r_extra.currentData()
        return RefusalChoice(
            cat.id,
            max(self.r_apology.currentIndex(), 0),
            max(self.r_reason.currentIndex(), 0),
            alts,
            extra if isinstance(extra, int) else None,
        )

    def refusal_text(self) -> str:
        cat, choice = self.current_category(), self.choice()
        if cat is None or choice is None:
            return ""
        from assistdesk.core.compose import compose_refusal

        try:
            return compose_refusal(cat, choice, self._packs.lang if self._packs else "ja")
        except CompositionError:
            return ""

    def _update_preview(self) -> None:
        text = self.refusal_text()
        self.preview.setText(
            self.display(text)
            if text
            else self.tr("Tick at least one alternative: never just say no.")
        )
        self.r_copy.setEnabled(bool(text))
        self.r_stack.setEnabled(bool(text))
        self.refusalChanged.emit()

    def _emit_refusal(self, signal: object) -> None:
        text = self.refusal_text()
        cat = self.current_category()
        if text and cat is not None:
            signal.emit(Phrase("alternative", text, cat.id))  # type: ignore[attr-defined]

    def set_own_note(self, text: str) -> None:
        self.own_note.setText(text)
