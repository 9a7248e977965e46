"""The findings panel: the checker's findings on the notice, live, as a dock.

Typing never waits on the checker.  Every change of the document restarts a
short timer (:data:`DEBOUNCE_MS`); when the user pauses, the GUI thread takes a
snapshot of the notice (``pickle.dumps``: ~0.5 ms on the example, against
~3.5 ms for ``copy.deepcopy``; the worker unpickles it) and a worker of
the panel's own :class:`QThreadPool` runs :func:`~thongbao_editor.checks.check_notice`
on it.  The result comes back through a queued signal and is shown only if
the document has not changed since the snapshot (same document, same
``revision``); a stale result is dropped and a fresh check follows.

Findings are grouped by part, in print order, with the severity as icon and
colour.  Activating one jumps to its field and selects its span
(:func:`~thongbao_editor.gui.findings_nav.focus_finding`).  A quick fix is
the model's edit operation (:func:`~thongbao_editor.checks.fix_op`) pushed as
ONE undo command; silencing a rule for this notice (with a reason, kept in the
draft's ``silenced``) and turning it on again are undo commands too.

The worker is a Python thread and shares the GIL with the GUI thread: by
default a thread that wants the GIL waits up to 5 ms (``sys.getswitchinterval``)
each time.  While a check runs the panel lowers the interval to
:data:`SWITCH_INTERVAL` so a keystroke is handled as promptly as without a
check (see benchmarks/bench_findings_gui.py), and restores it afterwards.
"""

from __future__ import annotations

import logging
import pickle
import sys
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QDockWidget, QHBoxLayout, QInputDialog, QLabel, QMenu,
                               QPushButton, QStyle, QToolButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ..checks import Finding, FixError, Severity, check_notice, fix_op
from ..checks.context import Context
from ..checks.sample import RULE_ID as SAMPLE_RULE
from ..model.parts import part_name
from ..errors import language
from ..model.text import clean
from . import settings as cfg
from .commands import SetField

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300
SWITCH_INTERVAL = 0.0005  # seconds; the GIL switch interval while a check runs
COLOURS = {Severity.ERROR: "#c01c28", Severity.WARNING: "#9c5d00", Severity.HINT: "#1a5fb4"}
ICONS = {Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
         Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
         Severity.HINT: QStyle.StandardPixmap.SP_MessageBoxInformation}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SILENCED_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class CheckResult:
    generation: int
    revision: int
    findings: list[Finding] = field(default_factory=list)
    # Per finding: the body labels down to it (``II › 1 › a)``) and the printed
    # footnote number, computed in the worker from the same snapshot.
    places: list[tuple[str, int | None]] = field(default_factory=list)
    thread: int = 0
    seconds: float = 0.0
    error: str = ""


class _Relay(QObject):
    done = Signal(object)


class CheckTask(QRunnable):
    """Check one snapshot of the notice off the GUI thread."""

    def __init__(self, relay: _Relay, generation: int, revision: int, snapshot: bytes):
        super().__init__()
        self.relay, self.snapshot = relay, snapshot
        self.result = CheckResult(generation, revision)

    def run(self) -> None:
        r = self.result
        r.thread = threading.get_ident()
        start = time.perf_counter()
        try:
            notice = pickle.loads(self.snapshot)
            r.findings = check_notice(notice)
            ctx = Context(notice)
            numbers = ctx.footnote_numbers
            r.places = [(ctx.where(f.part, f.path),
                         numbers.get((f.part, f.path, f.footnote)) if f.footnote is not None
                         else None) for f in r.findings]
        except Exception as exc:  # noqa: BLE001 - a checker bug must not take the editor down
            log.error("check failed", exc_info=True)
            r.findings, r.places, r.error = [], [], f"{type(exc).__name__}: {exc}"
        r.seconds = time.perf_counter() - start
        try:
            self.relay.done.emit(r)
        except RuntimeError:  # the panel went away meanwhile
            pass


def finding_key(f: Finding) -> tuple:
    return (f.rule, f.part, f.path, f.footnote, f.span)


class FindingsPanel(QWidget):
    """The list of findings with its actions; lives in :class:`FindingsDock`."""

    # The user activated a finding (double-click, Enter, "Go to").
    activated = Signal(object)
    # Fresh findings are shown: counts by severity ({"error": n, …}).
    updated = Signal(dict)
    # "Replace sample values with my agency profile…" (gui/sample_replace.py).
    replace_samples = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = None
        self.findings: list[Finding] = []
        self.places: list[tuple[str, int | None]] = []
        self.last_result: CheckResult | None = None
        self._generation = 0
        self._shown_revision = -1
        self._running = False
        self._pending = False
        self._saved_switch: float | None = None
        # What the user selected (finding_key, or ("silenced", rule)), kept across refreshes.
        self._selected: tuple | None = None
        self._filling = False
        # None keeps the interpreter's switch interval during checks (benchmark comparison).
        self.switch_interval: float | None = SWITCH_INTERVAL
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.relay.done.connect(self._on_check_done)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.start_check)

        self.tree = QTreeWidget()
        self.tree.setObjectName("findingsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.detail = QLabel()
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.go_button = QPushButton()
        self.go_button.clicked.connect(self.go_to_current)
        self.fix_button = QPushButton()
        self.fix_button.setObjectName("quickFix")
        self.fix_button.clicked.connect(self.fix_current)
        self.samples_button = QPushButton()
        self.samples_button.setObjectName("replaceSampleValues")
        self.samples_button.clicked.connect(self.replace_samples)
        self.silence_button = QPushButton()
        self.silence_button.clicked.connect(self.silence_current)
        self.unsilence_button = QPushButton()
        self.unsilence_button.clicked.connect(self.unsilence_current)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        for b in (self.go_button, self.fix_button, self.samples_button, self.silence_button,
                  self.unsilence_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.detail, 1)
        side.addWidget(self.status)
        side.addLayout(buttons)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tree, 3)
        lay.addLayout(side, 2)
        # A count for the status bar; clicking it shows the panel.
        self.count_button = QToolButton()
        self.count_button.setObjectName("findingsCount")
        self.count_button.setAutoRaise(True)
        self.retranslate()
        self._update_buttons()

    # -- document and checking ------------------------------------------------------
    def set_document(self, document) -> None:
        if self.document is not None:
            try:
                self.document.changed.disconnect(self._on_document_changed)
            except (RuntimeError, TypeError):
                pass
        self.document = document
        self._generation += 1
        self.findings, self.places = [], []
        self._shown_revision = -1
        document.changed.connect(self._on_document_changed)
        self._fill()
        self.timer.stop()
        self.start_check()

    @Slot(str)
    def _on_document_changed(self, _part: str) -> None:
        self._update_buttons()  # a quick fix is offered only on fresh findings
        self.timer.start()  # restarting is all a keystroke costs

    def is_fresh(self) -> bool:
        return self.document is not None and self._shown_revision == self.document.revision

    @Slot()
    def start_check(self) -> None:
        """Check a snapshot of the notice in the worker (or once the running one ends)."""
        if self.document is None:
            return
        if self._running:
            self._pending = True
            return
        self._pending = False
        try:
            snapshot = pickle.dumps(self.document.notice, pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            log.error("cannot snapshot the notice for the check", exc_info=True)
            return
        self._running = True
        if self.switch_interval is not None:
            self._saved_switch = sys.getswitchinterval()
            sys.setswitchinterval(min(self._saved_switch, self.switch_interval))
        self.pool.start(CheckTask(self.relay, self._generation, self.document.revision, snapshot))

    @Slot(object)
    def _on_check_done(self, result: CheckResult) -> None:
        self._running = False
        if self._saved_switch is not None:
            sys.setswitchinterval(self._saved_switch)
            self._saved_switch = None
        fresh = (result.generation == self._generation and self.document is not None
                 and result.revision == self.document.revision)
        if fresh:
            self.last_result = result
            self.findings, self.places = result.findings, result.places
            self._shown_revision = result.revision
            self._fill()
            counts = {s.value: 0 for s in Severity}
            for f in self.findings:
                counts[f.severity.value] += 1
            self.updated.emit(counts)
        else:
            log.debug("dropped findings of a stale snapshot (revision %s)", result.revision)
        if self._pending or (not fresh and not self.timer.isActive()):
            self.start_check()

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for a running check (tests, shutdown)."""
        return self.pool.waitForDone(msecs)

    # -- the list ---------------------------------------------------------------------
    def _place_text(self, i: int) -> str:
        f = self.findings[i]
        label, number = self.places[i] if i < len(self.places) else ("", None)
        where = []
        if label:
            where.append(label)
        elif f.path and f.part not in ("body", "opening"):
            where.append(self.tr("line %1").replace("%1", str(f.path[0] + 1)))
        elif f.path and f.part == "opening":
            where.append(self.tr("paragraph %1").replace("%1", str(f.path[0] + 1)))
        if number is not None:
            where.append(self.tr("footnote %1").replace("%1", str(number)))
        return ", ".join(where)

    def _fill(self) -> None:
        keep = self._selected
        scroll = self.tree.verticalScrollBar().value()
        lang = language()
        self._filling = True
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        select = None
        for i, f in enumerate(self.findings):
            group = groups.get(f.part)
            if group is None:
                group = QTreeWidgetItem(self.tree, [part_name(f.part, lang)])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                groups[f.part] = group
            item = QTreeWidgetItem(group, [self._place_text(i), f.message(lang)])
            item.setData(0, FINDING_ROLE, i)
            item.setIcon(0, self.style().standardIcon(ICONS[f.severity]))
            item.setForeground(1, QBrush(QColor(COLOURS[f.severity])))
            tip = f.message(lang)
            if f.suggestion(lang):
                tip += "\n→ " + f.suggestion(lang)
            item.setToolTip(1, tip)
            if keep is not None and finding_key(f) == keep:
                select = item
        for group in groups.values():
            group.setText(1, self.tr("%n finding(s)", "", group.childCount()))
        silenced = dict(self.document.notice.silenced) if self.document is not None else {}
        if silenced:
            group = QTreeWidgetItem(self.tree, [part_name("silenced", lang)])
            font = group.font(0)
            font.setItalic(True)
            group.setFont(0, font)
            for rule, reason in sorted(silenced.items()):
                item = QTreeWidgetItem(group, [rule, reason])
                item.setData(0, SILENCED_ROLE, rule)
                item.setForeground(1, QBrush(QColor("#5e5c64")))
                item.setToolTip(1, self.tr("Silenced for this notice: %1").replace("%1", reason))
                if keep == ("silenced", rule):
                    select = item
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if select is not None:
            self.tree.setCurrentItem(select)
        self.tree.verticalScrollBar().setValue(scroll)
        self.tree.setUpdatesEnabled(True)
        self._filling = False
        self._update_status()
        self._update_buttons()
        self._update_detail()

    def _update_status(self) -> None:
        counts = {s: 0 for s in Severity}
        for f in self.findings:
            counts[f.severity] += 1
        if self.last_result is not None and self.last_result.error:
            text = self.tr("The check failed: %1").replace("%1", self.last_result.error)
        elif not self.findings:
            text = self.tr("No findings.")
        else:
            words = {Severity.ERROR: self.tr("%n error(s)", "", counts[Severity.ERROR]),
                     Severity.WARNING: self.tr("%n warning(s)", "", counts[Severity.WARNING]),
                     Severity.HINT: self.tr("%n hint(s)", "", counts[Severity.HINT])}
            text = ", ".join(words[s] for s in Severity if counts[s])
        self.status.setText(text)
        self.count_button.setText(text)
        self.count_button.setToolTip(self.tr("Show the findings"))

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        i = item.data(0, FINDING_ROLE)
        return self.findings[i] if isinstance(i, int) and i < len(self.findings) else None

    def current_silenced(self) -> str | None:
        item = self.tree.currentItem()
        rule = item.data(0, SILENCED_ROLE) if item is not None else None
        return rule if isinstance(rule, str) else None

    def item_for(self, rule: str, part: str | None = None) -> QTreeWidgetItem | None:
        """The first item of a finding of ``rule`` (in ``part``), for tests and scripts."""
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            for c in range(group.childCount()):
                item = group.child(c)
                i = item.data(0, FINDING_ROLE)
                if isinstance(i, int) and self.findings[i].rule == rule \
                        and (part is None or self.findings[i].part == part):
                    return item
        return None

    def _update_detail(self) -> None:
        f = self.current_finding()
        lang = language()
        if f is None:
            rule = self.current_silenced()
            if rule is not None and self.document is not None:
                reason = self.document.notice.silenced.get(rule, "")
                self.detail.setText(self.tr("Rule %1 is silenced for this notice. Reason: %2")
                                    .replace("%1", rule).replace("%2", reason))
            else:
                self.detail.setText(self.tr("Select a finding to see what to do about it."))
            return
        lines = [f"<b>{_esc(f.message(lang))}</b>"]
        if f.excerpt:
            lines.append(f"«{_esc(f.excerpt)}»")
        if f.suggestion(lang):
            lines.append(_esc(self.tr("Suggestion: %1").replace("%1", f.suggestion(lang))))
        if f.fix is not None:
            fix = f.fix.replacement or self.tr("(delete)")
            lines.append(_esc(self.tr("Quick fix: replace with «%1»").replace("%1", fix)))
        lines.append(f"<span style='color:#5e5c64'>{_esc(f.rule)}</span>")
        self.detail.setText("<br>".join(lines))

    def _update_buttons(self) -> None:
        f = self.current_finding()
        self.go_button.setEnabled(f is not None)
        self.fix_button.setEnabled(f is not None and f.fix is not None and self.is_fresh())
        sample = f is not None and f.rule == SAMPLE_RULE
        self.samples_button.setVisible(sample)
        self.samples_button.setEnabled(sample)
        self.silence_button.setEnabled(f is not None and not f.rule.startswith("meta."))
        self.unsilence_button.setEnabled(self.current_silenced() is not None)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(self, *_items) -> None:
        if not self._filling:
            f, rule = self.current_finding(), self.current_silenced()
            self._selected = finding_key(f) if f is not None else \
                (("silenced", rule) if rule is not None else None)
        self._update_buttons()
        self._update_detail()

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        i = item.data(0, FINDING_ROLE)
        if isinstance(i, int):
            self.activated.emit(self.findings[i])

    def _on_tree_context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        if item is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        for button in (self.go_button, self.fix_button, self.samples_button, self.silence_button,
                       self.unsilence_button):
            if button.isEnabled():
                a = QAction(button.text(), menu)
                a.triggered.connect(button.click)
                menu.addAction(a)
        if not menu.isEmpty():
            menu.popup(self.tree.viewport().mapToGlobal(pos))

    # -- actions ------------------------------------------------------------------------
    @Slot()
    def go_to_current(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.activated.emit(f)

    def apply_quick_fix(self, f: Finding) -> bool:
        """Apply ``f.fix`` as one undo command; False when it no longer applies."""
        doc = self.document
        if doc is None or f.fix is None or not self.is_fresh():
            return False
        try:
            op = fix_op(doc.notice, f)
        except FixError as exc:
            log.info("quick fix %s refused: %s", f.rule, exc)
            self.status.setText(self.tr("This quick fix no longer applies."))
            return False
        doc.apply(op, self.tr("Quick fix: %1").replace("%1", f.message()))
        return True

    @Slot()
    def fix_current(self) -> None:
        f = self.current_finding()
        if f is not None:
            self.apply_quick_fix(f)

    def silence(self, rule: str, reason: str) -> bool:
        reason = clean(reason)
        if self.document is None or not reason:
            return False
        silenced = dict(self.document.notice.silenced)
        silenced[rule] = reason
        self.document.push(SetField(self.document, "silenced", silenced,
                                    self.tr("Silence rule %1").replace("%1", rule), merge=False))
        return True

    def unsilence(self, rule: str) -> bool:
        if self.document is None or rule not in self.document.notice.silenced:
            return False
        silenced = dict(self.document.notice.silenced)
        del silenced[rule]
        self.document.push(SetField(self.document, "silenced", silenced,
                                    self.tr("Turn rule %1 on again").replace("%1", rule),
                                    merge=False))
        return True

    @Slot()
    def silence_current(self) -> None:
        f = self.current_finding()
        if f is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Silence a rule for this notice"),
            self.tr("Why is “%1” not a fault in this notice? The reason is kept in the draft.")
            .replace("%1", f.message()))
        if ok and not self.silence(f.rule, reason):
            self.status.setText(self.tr("A rule is silenced only with a reason."))

    @Slot()
    def unsilence_current(self) -> None:
        rule = self.current_silenced()
        if rule is not None:
            self.unsilence(rule)

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Finding")])
        self.tree.setAccessibleName(self.tr("Findings"))
        self.go_button.setText(self.tr("Go to"))
        self.fix_button.setText(self.tr("Apply quick fix"))
        self.samples_button.setText(self.tr("Replace sample values with my agency profile…"))
        self.silence_button.setText(self.tr("Silence rule…"))
        self.unsilence_button.setText(self.tr("Turn rule on again"))
        if self.document is not None:
            self._fill()
        else:
            self._update_detail()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FindingsDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingsDock")
        self.panel = FindingsPanel(self)
        self.setWidget(self.panel)
        self.panel.count_button.clicked.connect(self._on_count_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Findings"))
        self.toggleViewAction().setText(self.tr("&Findings"))
        self.panel.retranslate()

    @Slot()
    def _on_count_clicked(self) -> None:
        cfg.settings().setValue(cfg.FINDINGS_SHOWN, True)
        self.show()
        self.raise_()
        self.panel.tree.setFocus()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window) -> FindingsDock:
    """Add the findings dock to ``window``: View menu toggle, status-bar count,
    activation jumps to the field (:func:`findings_nav.focus_finding`)."""
    from .findings_nav import focus_finding
    dock = FindingsDock(window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.view_menu.addAction(dock.toggleViewAction())
    toggle = dock.toggleViewAction()
    toggle.setShortcut("F8")
    # Remember only what the user chose (closing the window hides the dock too).
    toggle.triggered.connect(lambda shown: cfg.settings().setValue(cfg.FINDINGS_SHOWN, shown))
    if str(cfg.settings().value(cfg.FINDINGS_SHOWN, "true")).lower() == "false":
        dock.hide()
    window.statusBar().addPermanentWidget(dock.panel.count_button)
    dock.panel.activated.connect(lambda f: focus_finding(window, f))
    from .sample_replace import SampleReplacer
    dock.sample_replacer = SampleReplacer(window)
    dock.panel.replace_samples.connect(dock.sample_replacer.start)
    return dock
