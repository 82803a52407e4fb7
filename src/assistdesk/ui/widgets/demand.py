"""The demand guard: calm but unmistakable; guidance, what to say, the words verbatim."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistdesk.core.packs.schema import Demand
from assistdesk.ui.session import Phrase
from assistdesk.ui.widgets.common import PhraseList


class DemandCard(QFrame):
    declined = Signal(str)  # demand id
    dismissed = Signal(str)
    copyRequested = Signal(object)
    stackRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DemandCard")
        self.setAccessibleName(self.tr("Demand guard"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("DemandTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Demand detected"))
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setAccessibleName(self.tr("Guidance for you (not to be read out)"))
        self.verbatim = QLabel()
        self.verbatim.setWordWrap(True)
        self.verbatim.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verbatim.setAccessibleName(self.tr("Customer's words, recorded verbatim"))
        self.say = PhraseList(self.tr("What to say to the demand"))
        self.say.set_max_rows(2)
        buttons = QHBoxLayout()
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show all the guidance"))
        self.more_button.toggled.connect(lambda _on: self._show_guidance())
        buttons.addWidget(self.more_button)
        self.decline_button = QPushButton(self.tr("Declined"))
        self.decline_button.setAccessibleName(self.tr("Declined"))
        self.dismiss_button = QPushButton(self.tr("Not a demand"))
        self.dismiss_button.setAccessibleName(self.tr("Not a demand"))
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.decline_button)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addWidget(self.say)
        layout.addWidget(self.verbatim)
        layout.addLayout(buttons)
        self.say.copyRequested.connect(self.copyRequested)
        self.say.stackRequested.connect(self.stackRequested)
        self.decline_button.clicked.connect(self._decline)
        self.dismiss_button.clicked.connect(self._dismiss)
        self._demands: list[Demand] = []
        self._guidance = ""
        self.hide()

    def _show_guidance(self) -> None:
        """The first sentence by default (the card must stay compact during the call)."""
        text = self._guidance
        if not self.more_button.isChecked():
            text = first_sentence(text)
        self.guidance.setText(text)
        self.guidance.setToolTip(self._guidance)
        self.more_button.setVisible(first_sentence(self._guidance) != self._guidance)

    def current_ids(self) -> list[str]:
        return [d.id for d in self._demands]

    def show_demands(self, demands: Sequence[Demand], verbatim: dict[str, str]) -> None:
        self._demands = list(demands)
        if not demands:
            self.hide()
            return
        first = demands[0]
        titles = " / ".join(d.title for d in demands)
        self.title.setText("⚠ " + self.tr("Demand: %1").replace("%1", titles))
        self._guidance = first.guidance
        self._show_guidance()
        phrases = [Phrase("demand_reply", line, d.id) for d in demands for line in d.say]
        self.say.set_phrases(phrases)
        quotes = [verbatim[d.id] for d in demands if d.id in verbatim]
        if quotes:
            self.verbatim.setText(
                self.tr("Recorded verbatim: %1").replace(
                    "%1", " / ".join(f"「{q}」" for q in quotes)
                )
            )
        else:
            self.verbatim.setText(self.tr("Return in the Listen box records their words verbatim."))
        self.show()

    def _decline(self) -> None:
        for d in self._demands:
            self.declined.emit(d.id)

    def _dismiss(self) -> None:
        for d in self._demands:
            self.dismissed.emit(d.id)


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    for mark in ("。", ". "):
        index = text.find(mark)
        if 0 <= index < len(text) - len(mark.strip()):
            return text[: index + 1]
    return text
