"""Main window: editor in the centre, docks around it, skills menu."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PyQt6.QtCore import QThreadPool, Qt
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QProgressBar,
)

from quill import APP_NAME, config
from quill import engine
from quill.engine import tokens
from quill.skills import SkillContext, registry
from quill.history import HistoryStore
from quill.services import DictationService, SafetyService
from quill.services.brainstorm import brainstorm
from quill.ui.docks.chat_dock import ChatDock
from quill.ui.docks.outline_dock import OutlineDock
from quill.ui.docks.usage_dock import UsageDock
from quill.ui.editor import Editor
from quill.ui.settings_dialog import SettingsDialog
from quill.workers import ContinueWorker, RewriteWorker, StreamThread, SummarizeWorker, TrackedWorker

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, history: HistoryStore, parent=None):
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 800)
        self.history = history
        self.pool = QThreadPool.globalInstance()
        self.current_path: Path | None = None
        self._stream: StreamThread | None = None

        self.editor = Editor(self)
        self.setCentralWidget(self.editor)

        self.clients = self._build_clients()
        self.chat_dock = ChatDock(self.clients, self.editor.toPlainText, self)
        self.outline_dock = OutlineDock(self.editor.toPlainText, engine.get_genai_client, self)
        self.usage_dock = UsageDock(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.chat_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.usage_dock)

        self.progress = QProgressBar()
        self.progress.setMaximumWidth(120)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.editor.textChanged.connect(self._update_token_count)

        self._build_menus()

    # --- setup -----------------------------------------------------------

    def _build_clients(self) -> dict:
        clients = {}
        for provider in engine.available_providers():
            try:
                clients[provider] = engine.make_client(provider)
            except engine.MissingKeyError:
                continue
        return clients

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Open…", self.open_file, QKeySequence.StandardKey.Open)
        self._action(file_menu, "&Save", self.save_file, QKeySequence.StandardKey.Save)
        file_menu.addSeparator()
        self._action(file_menu, "Settings…", self.open_settings, "Ctrl+,")
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        ai = self.menuBar().addMenu("&Assistant")
        self._action(ai, "Rewrite selection", self.rewrite_selection, "Ctrl+R")
        self._action(ai, "Summarize", self.summarize, "Ctrl+Shift+S")
        self._action(ai, "Continue writing", self.continue_writing, "Ctrl+Shift+Return")
        self._action(ai, "Draft from prompt…", self.draft_from_prompt, "Ctrl+D")
        self._action(ai, "Explain selection", self.explain_selection)
        self._action(ai, "Title case check", self.title_check)
        self._action(ai, "Brainstorm…", self.open_brainstorm)
        self._action(ai, "Dictate from file…", self.dictate)
        self._action(ai, "Check before sharing", self.check_before_sharing)
        self._action(ai, "Stop", self.stop_stream, "Esc")

        skills_menu = self.menuBar().addMenu("&Skills")
        for skill in registry.all():
            act = self._action(skills_menu, skill.title, lambda _=False, s=skill: self.run_skill(s.id))
            if skill.shortcut:
                act.setShortcut(QKeySequence(skill.shortcut))

        view = self.menuBar().addMenu("&View")
        for dock in (self.chat_dock, self.outline_dock, self.usage_dock):
            view.addAction(dock.toggleViewAction())

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    # --- helpers --------------------------------------------------------

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)

    def _error(self, message: str) -> None:
        self._busy(False)
        QMessageBox.warning(self, APP_NAME, message)

    def _update_token_count(self) -> None:
        text = self.editor.toPlainText()
        self.statusBar().showMessage(f"~{tokens.rough_count(text)} tokens")

    def _start(self, worker, on_result) -> None:
        worker.signals.result.connect(on_result)
        worker.signals.error.connect(self._error)
        worker.signals.finished.connect(lambda: self._busy(False))
        worker.signals.usage.connect(self.usage_dock.record_untracked)
        self._busy(True)
        self.pool.start(worker)

    # --- actions --------------------------------------------------------

    def rewrite_selection(self) -> None:
        text = self.editor.selected_text()
        if not text:
            return
        tone, ok = QInputDialog.getItem(self, "Rewrite", "Tone", ["clearer", "shorter", "warmer"], 0, False)
        if not ok:
            return
        worker = RewriteWorker(engine.get_groq_client(), "llama-3.3-70b-versatile", text, tone)
        self._start(worker, self.editor.replace_selection)

    def summarize(self) -> None:
        text = self.editor.selected_text() or self.editor.toPlainText()
        worker = SummarizeWorker(self.clients.get("anthropic") or engine.get_anthropic_client(), text)
        self._start(worker, lambda s: QMessageBox.information(self, "Summary", s))

    def continue_writing(self) -> None:
        self._start(ContinueWorker(self.editor.toPlainText()), self.editor.append_stream_chunk)

    def explain_selection(self) -> None:
        text = self.editor.selected_text()
        if not text:
            return
        worker = TrackedWorker(
            engine.get_openai_client(), "gpt-4o-mini", f"Explain simply:\n\n{text}", "explain_selection"
        )
        self._start(worker, lambda s: QMessageBox.information(self, "Explanation", s))

    def title_check(self) -> None:
        # Quick synchronous call; small enough that blocking the UI is fine.
        title = self.editor.toPlainText().splitlines()[0] if self.editor.toPlainText() else ""
        if not title:
            return
        client = self.clients.get("openai") or engine.get_openai_client()
        resp = client.responses.create(
            model="gpt-4o-mini",
            input=f"Is this a good article title? Answer in one sentence: {title}",
        )
        self.statusBar().showMessage(resp.output_text, 8000)

    def draft_from_prompt(self) -> None:
        prompt, ok = QInputDialog.getMultiLineText(self, "Draft", "What should I write?")
        if not ok or not prompt.strip():
            return
        if not config.UiPrefs.load().stream_responses:
            self.continue_writing()
            return
        self.stop_stream()
        self._stream = StreamThread(prompt, parent=self)
        self._stream.chunk.connect(self.editor.append_stream_chunk)
        self._stream.failed.connect(self._error)
        self._stream.finished.connect(lambda: self._busy(False))
        self._stream.done.connect(lambda text: self.history.add_entry("draft", prompt, text))
        self._busy(True)
        self._stream.start()

    def stop_stream(self) -> None:
        if self._stream and self._stream.isRunning():
            self._stream.requestInterruption()
            self._stream.cancel()
            self._stream.wait(2000)

    def run_skill(self, skill_id: str) -> None:
        skill = registry.get(skill_id)
        sel = self.editor.selected_text()
        if skill.needs_selection and not sel:
            self.statusBar().showMessage("Select some text first", 3000)
            return
        ctx = SkillContext(
            selection=sel,
            document=self.editor.toPlainText(),
            clients=dict(self.clients),
            notify=lambda m: self.statusBar().showMessage(m, 5000),
        )
        try:
            out = skill.run(ctx)
        except Exception as exc:  # noqa: BLE001
            self._error(f"{skill.title} failed: {exc}")
            return
        if out:
            self.editor.replace_selection(out)
            self.history.add_entry(skill_id, sel, out)

    def open_brainstorm(self) -> None:
        topic, ok = QInputDialog.getText(self, "Brainstorm", "Topic")
        if not ok or not topic.strip():
            return
        self._busy(True)
        try:
            ideas = asyncio.run(brainstorm(topic.strip()))
        finally:
            self._busy(False)
        text = "\n\n".join(f"## {name}\n{body}" for name, body in ideas.items())
        self.editor.append_stream_chunk("\n\n" + text)

    def dictate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Audio", "", "Audio (*.wav *.mp3 *.m4a)")
        if not path:
            return
        service = DictationService(self.clients.get("openai"), self.clients.get("groq"))
        self.editor.append_stream_chunk(service.transcribe(Path(path)))

    def check_before_sharing(self) -> None:
        safety = SafetyService(self.clients.get("openai") or engine.get_openai_client())
        flags = safety.flagged_categories(self.editor.toPlainText())
        if flags:
            QMessageBox.warning(self, APP_NAME, "Flagged: " + ", ".join(flags))
        else:
            self.statusBar().showMessage("Looks fine to share", 3000)

    # --- file / settings -----------------------------------------------

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open", "", "Text (*.txt *.md)")
        if path:
            self.current_path = Path(path)
            self.editor.setPlainText(self.current_path.read_text(encoding="utf-8"))

    def save_file(self) -> None:
        if self.current_path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save", "", "Markdown (*.md)")
            if not path:
                return
            self.current_path = Path(path)
        self.current_path.write_text(self.editor.toPlainText(), encoding="utf-8")
        self.statusBar().showMessage(f"Saved {self.current_path.name}", 3000)

    def open_settings(self) -> None:
        dlg = SettingsDialog(self)
        dlg.keysChanged.connect(self._on_keys_changed)
        dlg.exec()

    def _on_keys_changed(self) -> None:
        self.clients.clear()
        self.clients.update(self._build_clients())

    def closeEvent(self, event) -> None:
        self.stop_stream()
        self.pool.waitForDone(3000)
        super().closeEvent(event)
