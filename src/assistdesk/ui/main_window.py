"""The panel window: a narrow column of sections, all reachable from the keyboard."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistdesk.core.call import Call, Event
from assistdesk.core.engine import Analysis
from assistdesk.core.packs.loader import Problem
from assistdesk.ui import shortcuts
from assistdesk.ui.call_adapter import CallEvents
from assistdesk.ui.session import OUTCOMES, Phrase, Session, Warning, outcome_label
from assistdesk.ui.store_link import StoreLink
from assistdesk.ui.widgets.callbar import CallBar
from assistdesk.ui.widgets.checks import CauseList, ChecksPanel
from assistdesk.ui.widgets.common import Bar, PhraseList, muted_label
from assistdesk.ui.widgets.demand import DemandCard
from assistdesk.ui.widgets.dialogs import CallViewDialog, CheatSheet, PlaceholderDialog
from assistdesk.ui.widgets.handoff import HandoffPanel
from assistdesk.ui.widgets.history import HistoryPanel
from assistdesk.ui.widgets.intake import IntakePanel
from assistdesk.ui.widgets.listen import ListenBox
from assistdesk.ui.widgets.trends import TrendsDialog
from assistdesk.ui.widgets.words import WordsPanel
from assistdesk.ui.widgets.wrapup import WrapUpPanel

MAX_PROBLEMS_SHOWN = 6
AUTOSAVE_MS = 250

TAB_INTAKE, TAB_CHECKS, TAB_WORDS, TAB_HANDOFF, TAB_WRAPUP, TAB_HISTORY = range(6)


class MainWindow(QMainWindow):
    settingsRequested = Signal()

    def __init__(
        self,
        session: Session,
        store: StoreLink | None = None,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.events = CallEvents(self)
        self.last_update_ms = 0.0
        self.copied_text = ""
        self._dismissed: set[str] = set()
        self._pending: tuple[list[Phrase], bool] | None = None
        self._placeholder_dialog: PlaceholderDialog | None = None
        self._unfinished: Call | None = None
        self.setWindowTitle(self.tr("AssistDesk"))
        if icon is not None:
            self.setWindowIcon(icon)
        self.setMinimumWidth(360)
        self._build()
        for plist in self.findChildren(PhraseList):
            plist.display = session.display
        self.words.display = session.display
        self._connect()
        self._install_shortcuts()
        session.on_new_call.append(self._on_new_call)
        self.set_content(session.problems, session.fallback)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.call_bar.tick)
        self._clock.start()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self._autosave.start()
        if session.call is not None:
            self._on_new_call(session.call)
        else:
            self._refresh_all()

    # --- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        # Demo mode (trainer practice) adds its scenario pane here, left of the panel.
        self.side_pane = QWidget()
        self.side_pane_layout = QVBoxLayout(self.side_pane)
        self.side_pane_layout.setContentsMargins(0, 0, 0, 0)
        self.side_pane.hide()
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        # Demo mode puts its DEMO banner in this slot, above everything.
        self.banner_slot = QVBoxLayout()
        self.banner_slot.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.banner_slot)
        # The call log was damaged and repaired at start-up: the operator must know.
        self.store_bar = Bar("ProblemBar")
        self.store_bar.setAccessibleName(self.tr("Call log repaired"))
        self.store_bar.add_button(self.tr("Understood")).clicked.connect(self.store_bar.hide)
        layout.addWidget(self.store_bar)
        self.problem_bar = Bar("ProblemBar")
        self.problem_bar.setAccessibleName(self.tr("Content pack problems"))
        self.problem_hide = self.problem_bar.add_button(self.tr("Hide"))
        layout.addWidget(self.problem_bar)
        self.resume_bar = Bar("ResumeBar")
        self.resume_bar.setAccessibleName(self.tr("Unfinished call found"))
        self.resume_button = self.resume_bar.add_button(
            self.tr("Resume (Ctrl+R)"), self.tr("Resume")
        )
        self.discard_button = self.resume_bar.add_button(self.tr("Close it"), self.tr("Close it"))
        layout.addWidget(self.resume_bar)
        self.call_bar = CallBar()
        layout.addWidget(self.call_bar)
        self.demand_card = DemandCard()
        layout.addWidget(self.demand_card)
        self.listen = ListenBox()
        layout.addWidget(self.listen)
        self.warn_bar = Bar("WarnBar")
        self.warn_bar.setAccessibleName(self.tr("Check before saying"))
        layout.addWidget(self.warn_bar)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Panel sections"))
        self.intake = IntakePanel()
        self.checks = ChecksPanel()
        self.words = WordsPanel()
        self.handoff = HandoffPanel()
        self.wrapup = WrapUpPanel()
        self.history = HistoryPanel()
        for widget, title in (
            (self.intake, self.tr("Intake")),
            (self.checks, self.tr("Checks")),
            (self.words, self.tr("Words")),
            (self.handoff, self.tr("Handoff")),
            (self.wrapup, self.tr("Wrap-up")),
            (self.history, self.tr("History")),
        ):
            self.tabs.addTab(widget, title)
        layout.addWidget(self.tabs, 1)
        stack_row = QHBoxLayout()
        self.stack_label = muted_label()
        self.stack_label.setAccessibleName(self.tr("Stacked phrases"))
        self.stack_copy = QPushButton(self.tr("Copy stack"))
        self.stack_copy.setAccessibleName(self.tr("Copy stacked phrases (Ctrl+Return)"))
        self.stack_clear = QPushButton(self.tr("Clear"))
        self.stack_clear.setAccessibleName(self.tr("Clear stacked phrases"))
        stack_row.addWidget(self.stack_label, 1)
        stack_row.addWidget(self.stack_copy)
        stack_row.addWidget(self.stack_clear)
        layout.addLayout(stack_row)
        self.splitter.addWidget(self.side_pane)
        self.splitter.addWidget(panel)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.save_status = QLabel()
        self.save_status.setAccessibleName(self.tr("Autosave status"))
        self.statusBar().addPermanentWidget(self.save_status)
        self.statusBar().setSizeGripEnabled(False)
        self._refresh_stack()

    def sizeHint(self) -> QSize:
        return QSize(420, 860)

    def set_demo_banner(self, widget: QWidget) -> None:
        """For demo mode: a banner above the panel (e.g. DEMO, the trainer's controls)."""
        self.banner_slot.addWidget(widget)

    def set_side_pane(self, widget: QWidget) -> None:
        """For demo mode: a pane left of the panel (e.g. the scenario and its script)."""
        self.side_pane_layout.addWidget(widget)
        self.side_pane.show()

    def _connect(self) -> None:
        self.events.happened.connect(self._on_event)
        self.call_bar.startRequested.connect(self.start_call)
        self.call_bar.endRequested.connect(self.end_call)
        self.call_bar.customerEdited.connect(self._customer_edited)
        self.listen.typed.connect(self.on_typed)
        self.listen.heard.connect(self.on_heard)
        self.intake.answered.connect(self._guard(self.session.answer))
        self.intake.categoryChosen.connect(self._category_chosen)
        self.checks.marked.connect(self._guard(self.session.mark_check))
        for source in (self.checks, self.words, self.wrapup, self.demand_card):
            source.copyRequested.connect(lambda p: self.request_copy([p]))
            source.stackRequested.connect(self.push)
        self.words.faultConfirmed.connect(self._guard(self.session.confirm_fault))
        self.words.ownWordsChanged.connect(self._own_words)
        self.demand_card.declined.connect(self._decline)
        self.demand_card.dismissed.connect(self._dismiss)
        self.handoff.buildRequested.connect(self.build_handoff)
        self.handoff.notesEdited.connect(self._notes_edited)
        self.wrapup.outcomeChosen.connect(self._guard(self.session.set_outcome))
        self.wrapup.solutionsEdited.connect(self._guard(self.session.set_wrapup))
        self.wrapup.followupEdited.connect(self._followup)
        self.wrapup.tagsEntered.connect(self._guard(self.session.add_tags))
        self.wrapup.endRequested.connect(self.end_call)
        self.history.searchChanged.connect(self.search_history)
        self.history.opened.connect(self.open_past_call)
        self.history.trendsRequested.connect(self.show_trends)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.stack_copy.clicked.connect(self.copy_stack)
        self.stack_clear.clicked.connect(self.clear_stack)
        self.problem_hide.clicked.connect(self.problem_bar.hide)
        self.resume_button.clicked.connect(self.resume_unfinished)
        self.discard_button.clicked.connect(self.discard_unfinished)

    def _install_shortcuts(self) -> None:
        actions: dict[str, Callable[[], object]] = {
            "start_call": self.start_call,
            "end_call": self.end_call,
            "focus_listen": self.focus_listen,
            "focus_customer": lambda: self.call_bar.name.setFocus(),
            "tab_intake": lambda: self.show_tab(TAB_INTAKE),
            "tab_checks": lambda: self.show_tab(TAB_CHECKS),
            "tab_words": lambda: self.show_tab(TAB_WORDS),
            "tab_handoff": lambda: self.show_tab(TAB_HANDOFF),
            "tab_wrapup": lambda: self.show_tab(TAB_WRAPUP),
            "tab_history": lambda: self.show_tab(TAB_HISTORY),
            "copy_focused": self.copy_focused,
            "copy_empathy": lambda: self._copy_first(self.words.empathy),
            "copy_apology": lambda: self._copy_first(self.words.apology),
            "copy_stack": self.copy_stack,
            "clear_stack": self.clear_stack,
            "handoff": self.build_handoff,
            "demand": self.focus_demand,
            "resume": self.resume_unfinished,
            "search": self.focus_search,
            "trends": self.show_trends,
            "settings": self.settingsRequested.emit,
            "cheatsheet": self.show_cheatsheet,
        }
        self.shortcuts: dict[str, QShortcut] = {}
        for key in shortcuts.KEYS:
            sc = QShortcut(QKeySequence(key.keys), self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(actions[key.action])
            self.shortcuts[key.action] = sc
        for i, outcome in enumerate(OUTCOMES, start=1):
            sc = QShortcut(QKeySequence(f"Alt+{i}"), self)
            sc.activated.connect(lambda o=outcome: self.wrapup.choose(o))
            self.shortcuts[f"outcome_{outcome}"] = sc

    def _guard(self, fn: Callable[..., object]) -> Callable[..., None]:
        """Runs an operator action; a refusal (bad input) shows a message, never a traceback."""

        def run(*args: object) -> None:
            try:
                fn(*args)
            except (ValueError, KeyError, RuntimeError) as exc:
                self.notify(str(exc.args[0]) if exc.args else str(exc), error=True)

        return run

    # --- call lifecycle ----------------------------------------------------------------

    def start_call(self) -> None:
        if self.session.active:
            self.focus_listen()
            return
        try:
            self.session.start_call()
        except ValueError as exc:
            self.notify(str(exc), error=True)
            self.settingsRequested.emit()
            return
        self.focus_listen()

    def end_call(self) -> None:
        if not self.session.active:
            return
        self.wrapup.commit_pending()
        self._notes_edited(self.handoff.notes.toPlainText())
        self.session.end_call()
        self.flush()
        self.notify(self.tr("Call ended and saved."))

    def _on_new_call(self, call: Call) -> None:
        self.events.attach(call)
        if self.store is not None:
            self.store.track(call)
        self._dismissed.clear()
        self.wrapup.reset()
        self.handoff.summary.clear()
        self.handoff.copied.clear()
        self.handoff.notes.blockSignals(True)
        self.handoff.notes.setPlainText(call.notes)
        self.handoff.notes.blockSignals(False)
        self.listen.edit.clear()
        self.intake.choose(call.category)
        self._refresh_all()

    def _customer_edited(self, name: str, phone: str, reference: str) -> None:
        call = self.session.call
        if (call is None or call.is_ended) and not (name or phone or reference).strip():
            return
        self._guard(self.session.set_customer)(name, phone, reference)

    def _category_chosen(self, category: str) -> None:
        if category:
            self._guard(self.session.set_category)(category)
        self._refresh_intake()

    def _notes_edited(self, text: str) -> None:
        if self.session.active or text.strip():
            self._guard(self.session.set_notes)(text)

    def _followup(self, due: object, note: str) -> None:
        if due is None:
            return
        self._guard(self.session.set_followup)(due, note)

    # --- listening ---------------------------------------------------------------------

    def on_typed(self, text: str) -> None:
        """Every keystroke in the Listen box: suggestions follow synchronously (< 1 frame)."""
        started = time.perf_counter()
        analysis = self.session.analyse(text)
        self.show_analysis(analysis)
        self.last_update_ms = (time.perf_counter() - started) * 1000.0

    def on_heard(self, line: str) -> None:
        try:
            self.session.heard(line)
        except ValueError as exc:
            self.notify(str(exc), error=True)
            return
        self.show_analysis(self.session.analyse(""))

    def show_analysis(self, analysis: Analysis | None) -> None:
        packs = self.session.packs
        call = self.session.call
        if analysis is None or packs is None:
            self._refresh_demands(None)
            return
        cat = packs.intake_template(analysis.category) if analysis.category else None
        feeling = packs.feeling(analysis.feeling) if analysis.feeling else None
        self.listen.set_detected(cat.title if cat else None, feeling.title if feeling else None)
        checks = call.checks if call is not None else {}
        lookup = {c.id: c for c in packs.causes}
        self.checks.set_causes(
            [c.cause for c in analysis.causes],
            checks,
            lookup,
            tentative=frozenset(c.id for c in analysis.causes if c.tentative),
        )
        self.intake.set_detected(analysis.category)
        sug = self.session.suggestions(analysis)
        self.words.set_empathy(sug.empathy)
        self.words.set_apologies(sug.apologies)
        self.words.suggest_category(sug.alternative)
        self._refresh_demands(analysis)

    def _refresh_demands(self, analysis: Analysis | None) -> None:
        if self.session.packs is None:
            self.demand_card.hide()
            return
        demands, verbatim = self.session.open_demands(analysis, self._dismissed)
        was_hidden = self.demand_card.isHidden()
        self.demand_card.show_demands(demands, verbatim)
        if demands and was_hidden:
            self.notify(self.tr("Demand detected: stay calm, see the card."))

    def _decline(self, demand_id: str) -> None:
        words = self.listen.edit.text() or (
            self.session.call.transcript[-1]
            if self.session.call and self.session.call.transcript
            else ""
        )
        self._guard(self.session.decline_demand)(demand_id, words)
        self._refresh_demands(self.session.analyse(self.listen.edit.text()))
        self.focus_listen()

    def _dismiss(self, demand_id: str) -> None:
        self._dismissed.add(demand_id)
        self._refresh_demands(self.session.analyse(self.listen.edit.text()))
        self.focus_listen()

    # --- events from the call ----------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        kind = event.type
        call = self.session.call
        if call is None:
            return
        if kind in ("customer.said", "call.started"):
            self.listen.set_transcript(call.transcript)
        if kind in ("intake.answered", "category.set", "call.started"):
            self._refresh_intake()
        if kind == "check.marked":
            self.show_analysis(self.session.analyse(self.listen.edit.text()))
        if kind.startswith("demand."):
            self._refresh_demands(self.session.analyse(self.listen.edit.text()))
        if kind == "fault.confirmed":
            self.words.set_fault_confirmed(True)
        if kind in ("outcome.set", "wrapup.set", "followup.set", "voc.tagged", "voc.untagged"):
            self._refresh_wrapup()
        if kind in ("customer.set", "call.started", "call.ended"):
            self._refresh_callbar()
        if kind in ("customer.set", "intake.answered"):
            self._refresh_phrases()
        self.save_status.setText(
            self.tr("Unsaved changes…") if self.store else self.tr("Not saved (no database)")
        )

    def _refresh_all(self) -> None:
        call = self.session.call
        self.intake.set_packs(self.session.packs)
        self.words.set_packs(self.session.packs)
        self.wrapup.set_packs(self.session.packs)
        self.listen.set_transcript(call.transcript if call else ())
        self.words.set_fault_confirmed(bool(call and call.fault_confirmed))
        if call is not None:
            self.intake.choose(call.category)
        self._refresh_callbar()
        self._refresh_intake()
        self._refresh_wrapup()
        self.show_analysis(self.session.analyse(self.listen.edit.text()))

    def _refresh_phrases(self) -> None:
        """Placeholders filled from the call: re-show phrases when a value arrives."""
        for plist in self.findChildren(PhraseList):
            plist.refresh()
        self.words.refresh_display()

    def _refresh_callbar(self) -> None:
        call = self.session.call
        self.call_bar.set_operator(call.operator if call else self.session.operator)
        active = self.session.active
        self.call_bar.set_active(active, call.started_at if call else None)
        if call is not None:
            self.call_bar.set_customer(
                call.customer_name or "", call.customer_phone or "", call.customer_reference or ""
            )
        if (call is None or call.is_ended) and call is not None and call.is_ended:
            self.call_bar.set_customer("", "", "")

    def _refresh_intake(self) -> None:
        call = self.session.call
        self.intake.show_answers(call.intake if call else {})

    def _refresh_wrapup(self) -> None:
        call = self.session.call
        if call is None:
            return
        follow = (call.followup.due, call.followup.note) if call.followup else None
        self.wrapup.show_state(
            call.outcome, call.immediate_action, call.prevention, follow, call.voc_tags
        )

    # --- words: copy, stack, warnings, placeholders ------------------------------------

    def request_copy(
        self, phrases: Sequence[Phrase], confirmed: bool = False, clear_stack: bool = False
    ) -> None:
        phrases = [p for p in phrases if p is not None]
        if not phrases:
            return
        if not confirmed:
            joined = " ".join(p.text for p in phrases)
            kind = "full_apology" if any(p.kind == "full_apology" for p in phrases) else None
            warning = self.session.check_words(joined, kind)
            if warning is not None:
                self._warn(warning, phrases, clear_stack)
                return
        missing = self.session.missing(phrases)
        if missing:
            self._ask_placeholders(missing, phrases, clear_stack)
            return
        self._finish_copy(phrases, clear_stack)

    def _finish_copy(self, phrases: Sequence[Phrase], clear_stack: bool) -> None:
        try:
            text = self.session.use(phrases)
        except ValueError as exc:
            self.notify(str(exc), error=True)
            return
        QGuiApplication.clipboard().setText(text)
        self.copied_text = text
        if clear_stack:
            self.session.stack.clear()
            self._refresh_stack()
        self.warn_bar.hide()
        self.notify(self.tr("Copied: %1").replace("%1", _short(text)))

    def _warn(self, warning: Warning, phrases: Sequence[Phrase], clear_stack: bool) -> None:
        bar = self.warn_bar
        bar.clear_buttons()
        if warning.kind == "full_admission":
            bar.message.setText(
                self.tr(
                    "⚠ This admits full fault (“%1”) before the facts are confirmed. "
                    "Apologise for the situation instead, or tick “fault confirmed” first."
                ).replace("%1", _short(warning.found, 40))
            )
            partial = bar.add_button(self.tr("Use a partial apology"))
            partial.clicked.connect(lambda: self._copy_first(self.words.apology))
            first = partial
        else:
            bar.message.setText(
                self.tr("⚠ A bare “no” (“%1”). Say it with a reason and an option instead:\n%2")
                .replace("%1", warning.found)
                .replace("%2", warning.better or "")
            )
            better = bar.add_button(self.tr("Use the kinder wording"))
            kinder = Phrase("other", warning.better or "", None)
            better.clicked.connect(lambda: self.request_copy([kinder], confirmed=True))
            first = better
        anyway = bar.add_button(self.tr("Copy anyway"))
        anyway.clicked.connect(lambda: self.request_copy(list(phrases), True, clear_stack))
        cancel = bar.add_button(self.tr("Cancel"))
        cancel.clicked.connect(bar.hide)
        bar.show()
        first.setFocus()

    def _ask_placeholders(
        self, missing: list[str], phrases: Sequence[Phrase], clear_stack: bool
    ) -> None:
        preview = " ".join(self.session.fill(p.text).text for p in phrases)
        dialog = PlaceholderDialog(missing, preview, self)
        self._placeholder_dialog = dialog

        def done(result: int) -> None:
            self._placeholder_dialog = None
            if result == int(PlaceholderDialog.DialogCode.Accepted):
                self.session.asked.update(dialog.values())
                self.request_copy(phrases, confirmed=True, clear_stack=clear_stack)
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    def push(self, phrase: Phrase) -> None:
        if phrase is None:
            return
        self.session.push(phrase)
        self._refresh_stack()
        self.notify(
            self.tr("Stacked (%1). Ctrl+Return copies them together.").replace(
                "%1", str(len(self.session.stack))
            )
        )

    def copy_stack(self) -> None:
        if self.session.stack:
            self.request_copy(list(self.session.stack), clear_stack=True)

    def clear_stack(self) -> None:
        self.session.stack.clear()
        self._refresh_stack()

    def _refresh_stack(self) -> None:
        n = len(self.session.stack)
        if n:
            self.stack_label.setText(
                self.tr("Stack (%1): %2")
                .replace("%1", str(n))
                .replace("%2", _short(self.session.stack_text(), 60))
            )
        else:
            self.stack_label.setText(self.tr("Stack: Space on a phrase adds it."))
        self.stack_copy.setEnabled(bool(n))
        self.stack_clear.setEnabled(bool(n))

    def _copy_first(self, plist: PhraseList) -> None:
        phrases = plist.phrases()
        if phrases:
            self.request_copy([phrases[0]])

    def focused_phrase(self) -> Phrase | None:
        widget = QApplication.focusWidget()
        while widget is not None:
            if isinstance(widget, PhraseList | CauseList):
                return widget.current_phrase()
            if isinstance(widget, QLineEdit) and widget.property("ask"):
                return Phrase("other", str(widget.property("ask")), str(widget.property("prompt")))
            widget = widget.parentWidget()
        return None

    def copy_focused(self) -> None:
        phrase = self.focused_phrase()
        if phrase is not None:
            self.request_copy([phrase])
        elif self.tabs.currentIndex() == TAB_WORDS and self.words.refusal_text():
            self.words.r_copy.click()

    def _own_words(self, text: str) -> None:
        warning = self.session.check_words(text) if text.strip() else None
        if warning is None:
            self.words.set_own_note(self.tr("✓ Nothing to warn about.") if text.strip() else "")
        elif warning.kind == "full_admission":
            self.words.set_own_note(
                self.tr("⚠ Admits full fault before the facts are confirmed: “%1”").replace(
                    "%1", warning.found
                )
            )
        else:
            self.words.set_own_note(
                self.tr("⚠ A bare “no”. Kinder: %1").replace("%1", warning.better or "")
            )

    # --- handoff -----------------------------------------------------------------------

    def build_handoff(self) -> None:
        if self.session.call is None:
            self.notify(self.tr("No call yet: nothing to hand off."), error=True)
            return
        self._notes_edited(self.handoff.notes.toPlainText())
        text = self.session.build_handoff()
        QGuiApplication.clipboard().setText(text)
        self.copied_text = text
        self.handoff.show_summary(text)
        self.show_tab(TAB_HANDOFF)
        self.notify(self.tr("Handoff summary copied."))

    # --- storage, resume, history ------------------------------------------------------

    def flush(self) -> None:
        if self.store is None:
            return
        result = self.store.flush()
        if result.error:
            self.save_status.setText(
                self.tr("⚠ Not saved: %1 (kept in memory, retrying)").replace("%1", result.error)
            )
        elif result.saved:
            self.save_status.setText(self.tr("Saved %1").replace("%1", time.strftime("%H:%M:%S")))

    def offer_resume(self, call: Call) -> None:
        self._unfinished = call
        started = call.started_at.astimezone().strftime("%H:%M") if call.started_at else "?"
        who = call.customer_name or call.customer_phone or ""
        text = self.tr("An unfinished call (started %1) was found. Resume it?").replace(
            "%1", started
        )
        if who:
            text += f"  {who}"
        if call.transcript:
            text += "\n「" + _short(call.transcript[-1], 50) + "」"
        self.resume_bar.message.setText(text)
        self.resume_bar.show()

    def resume_unfinished(self) -> None:
        call = self._unfinished
        if call is None:
            return
        self._unfinished = None
        self.resume_bar.hide()
        if self.session.active:
            self.notify(self.tr("Finish the current call first."), error=True)
            return
        self.session.resume(call)
        self.notify(self.tr("Call resumed."))
        self.focus_listen()

    def discard_unfinished(self) -> None:
        call = self._unfinished
        self._unfinished = None
        self.resume_bar.hide()
        if call is not None and self.store is not None and not call.is_ended:
            self.store.close_unfinished(call)

    def _tab_changed(self, index: int) -> None:
        if index == TAB_HISTORY:
            self.search_history(self.history.search.text())
            if self.store is not None:
                self.history.show_due(self.store.followups_due())

    def search_history(self, query: str) -> None:
        if self.store is None:
            self.history.show_unavailable(self.tr("No database: history is not available."))
            return
        rows = self.store.search(query) if query.strip() else self.store.recent()
        self.history.show_results(rows, query)
        if self.store.last_error:
            self.history.show_unavailable(self.store.last_error)

    def open_past_call(self, call_id: str) -> None:
        if self.store is None:
            return
        call = self.store.load(call_id)
        if call is None:
            self.notify(self.tr("That call could not be opened."), error=True)
            return
        title = self.tr("Call handled by %1 (read-only)").replace("%1", call.operator)
        dialog = CallViewDialog(title, self.session.describe(call), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_trends(self) -> TrendsDialog:
        """The supervisor's view: what keeps recurring in the log (demo calls excluded)."""
        store = self.store

        def fetch(period: timedelta) -> object:
            if store is None:
                return self.tr("No database: figures are not available.")
            return store.recurring(period)

        dialog = TrendsDialog(fetch, self.session.packs, outcome_label, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- packs -------------------------------------------------------------------------

    def set_content(self, problems: Sequence[Problem], fallback: str | None) -> None:
        if not problems:
            self.problem_bar.hide()
            return
        lines = [str(p) for p in problems[:MAX_PROBLEMS_SHOWN]]
        if len(problems) > MAX_PROBLEMS_SHOWN:
            lines.append(
                self.tr("… and %1 more").replace("%1", str(len(problems) - MAX_PROBLEMS_SHOWN))
            )
        if fallback == "last-good":
            head = self.tr("Content pack problems — the last good content is still in use:")
        elif fallback == "bundled":
            head = self.tr("Content pack problems — the bundled content is in use:")
        elif self.session.engine is None:
            head = self.tr("Content pack problems — no suggestions until they are fixed:")
        else:
            head = self.tr("Content pack problems:")
        self.problem_bar.message.setText(head + "\n" + "\n".join(lines))
        self.problem_bar.show()

    def reload_content(self) -> None:
        """Re-applies the session's (re)loaded packs to every section."""
        self.set_content(self.session.problems, self.session.fallback)
        self._refresh_all()

    # --- navigation --------------------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        if index == TAB_INTAKE:
            self.intake.focus_next_unheard()
        elif index == TAB_CHECKS:
            self.checks.list.setFocus()
        elif index == TAB_WORDS:
            self.words.empathy.setFocus()
        elif index == TAB_HANDOFF:
            self.handoff.notes.setFocus()
        elif index == TAB_WRAPUP:
            checked = self.wrapup.outcomes.checkedButton()
            (checked or self.wrapup.outcome_buttons["understood"]).setFocus()
        elif index == TAB_HISTORY:
            self.history.search.setFocus()
        elif page is not None:
            page.setFocus()

    def focus_listen(self) -> None:
        self.listen.edit.setFocus()

    def focus_search(self) -> None:
        self.show_tab(TAB_HISTORY)

    def focus_demand(self) -> None:
        if self.demand_card.isVisible():
            self.demand_card.say.setFocus()

    def show_cheatsheet(self) -> None:
        dialog = CheatSheet(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.cheatsheet = dialog

    def show_store_report(self, messages: Sequence[str]) -> None:
        """What happened to the call log at start-up (recovered from a backup, …)."""
        if not messages:
            self.store_bar.hide()
            return
        head = self.tr(
            "The call log was damaged and has been repaired. Please tell your supervisor. Details:"
        )
        self.store_bar.message.setText(head + "\n" + "\n".join(messages))
        self.store_bar.show()

    def notify(self, text: str, error: bool = False) -> None:
        self.statusBar().showMessage(("⚠ " if error else "") + text, 6000)

    # --- window ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            from assistdesk.ui import theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setStyleSheet(theme.stylesheet(app.palette()))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wrapup.commit_pending()
        self.flush()
        self.events.detach()
        super().closeEvent(event)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
