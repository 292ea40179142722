"""Main editor window."""
from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QToolBar,
)

from quillpad import APP_NAME
from quillpad.actions import ActionContext, load_actions
from quillpad.cost import calculate_cost, count_tokens, format_cost
from quillpad.dialogs import ChatDialog, DraftDialog, RewriteDialog, SettingsDialog
from quillpad.document import Document
from quillpad.history import HistoryStore
from quillpad.legacy import gpt_helper
from quillpad.services import clients
from quillpad.services.offline import OfflineProvider
from quillpad.services.providers import build_provider
from quillpad.settings import AppSettings
from quillpad.workers import ProofreadBatch, StreamThread, TrackedSummaryBatch, continue_writing, pool, submit

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.settings = settings
        self.document = Document.create(parent=self)
        data_dir = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
        data_dir.mkdir(parents=True, exist_ok=True)
        self.history = HistoryStore(data_dir / "history.sqlite3")
        self._stream: StreamThread | None = None
        self._batch: ProofreadBatch | None = None

        self.editor = QPlainTextEdit()
        self.editor.setDocument(self.document.qdoc)
        self.setCentralWidget(self.editor)

        self.cost_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cost_label)

        self._cost_timer = QTimer(self, singleShot=True, interval=1200)
        self._cost_timer.timeout.connect(self._update_cost_estimate)
        self.editor.textChanged.connect(self._cost_timer.start)

        self._suggest_timer = QTimer(self, singleShot=True, interval=900)
        self._suggest_timer.timeout.connect(self._inline_suggestion)

        self._build_menus()
        self.settings.offlineModeChanged.connect(self._offline_changed)
        self._offline_changed(self.settings.offline_mode)
        self.resize(1100, 760)

    # ------------------------------------------------------------------ UI
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction("&Open...", QKeySequence.Open, self.open_file)
        file_menu.addAction("&Save", QKeySequence.Save, self.save_file)
        file_menu.addSeparator()
        file_menu.addAction("Settings...", self.open_settings)

        assist = self.menuBar().addMenu("&Assist")
        assist.addAction("Rewrite selection...", QKeySequence("Ctrl+R"), self.rewrite_selection)
        assist.addAction("Continue writing", QKeySequence("Ctrl+Return"), self.continue_here)
        assist.addAction("Stream reply to selection", self.stream_selection)
        assist.addAction("Draft with Claude...", self.open_draft)
        assist.addAction("Ask about document...", self.open_chat)
        assist.addAction("Proofread whole document", self.proofread_all)
        assist.addAction("Summarise chapters", self.summarise_chapters)
        assist.addAction("Improve headline", self.improve_headline)
        assist.addSeparator()
        self._action_menu = assist.addMenu("Plugins")
        for action_id, cls in sorted(load_actions().items()):
            qa = QAction(cls.title, self)
            if cls.shortcut:
                qa.setShortcut(QKeySequence(cls.shortcut))
            qa.triggered.connect(partial(self.run_plugin, action_id))
            qa.setData(cls)
            self._action_menu.addAction(qa)

        tb = QToolBar("Main")
        self.offline_toggle = tb.addAction("Offline")
        self.offline_toggle.setCheckable(True)
        self.offline_toggle.toggled.connect(lambda on: setattr(self.settings, "offline_mode", on))
        self.addToolBar(Qt.TopToolBarArea, tb)

    @Slot(bool)
    def _offline_changed(self, offline: bool) -> None:
        self.offline_toggle.setChecked(offline)
        for qa in self._action_menu.actions():
            cls = qa.data()
            qa.setEnabled(not (offline and getattr(cls, "online_only", False)))
        self.setWindowTitle(f"{APP_NAME}{' (offline)' if offline else ''}")

    # -------------------------------------------------------------- helpers
    def _selection(self) -> str:
        return self.editor.textCursor().selectedText().replace("\u2029", "\n")

    def _replace_selection(self, text: str) -> None:
        cursor = self.editor.textCursor()
        before = cursor.selectedText()
        cursor.insertText(text)
        self.history.create("replace", self.settings.active_provider, before, text)

    def _action_context(self) -> ActionContext:
        if self.settings.offline_mode:
            return ActionContext(settings=self.settings, llm=OfflineProvider())
        s = self.settings
        return ActionContext(
            settings=s,
            llm=build_provider(s.provider_config()),
            openai=clients.get_openai_client() if s.api_key("openai") else None,
            anthropic=clients.get_anthropic_client() if s.api_key("anthropic") else None,
            cohere=clients.get_cohere_client() if s.api_key("cohere") else None,
            ollama=clients.get_ollama_client(),
            extras={"export_dir": str(Path.home() / "Documents")},
        )

    def _error(self, message: str) -> None:
        self.statusBar().showMessage(message.splitlines()[0], 8000)

    # -------------------------------------------------------------- actions
    def run_plugin(self, action_id: str) -> None:
        cls = load_actions()[action_id]
        text = self._selection() if cls.needs_selection else self.document.text()
        if cls.needs_selection and not text:
            self._error("Select some text first")
            return
        action = cls()
        ctx = self._action_context()
        submit(action.run, ctx, text, on_result=self._show_result, on_error=self._error)

    def _show_result(self, text: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Assistant")
        box.setText(text[:4000])
        box.setStandardButtons(QMessageBox.Ok | QMessageBox.Apply)
        if box.exec() == QMessageBox.Apply:
            self._replace_selection(text)

    def rewrite_selection(self) -> None:
        dlg = RewriteDialog(self.settings, self._selection(), self)
        dlg.applied.connect(self._replace_selection)
        dlg.open()

    def continue_here(self) -> None:
        if self.settings.offline_mode:
            return
        cursor = self.editor.textCursor()
        text_before = self.document.text()[: cursor.position()]
        continue_writing(text_before, on_result=self.editor.insertPlainText, on_error=self._error)

    def stream_selection(self) -> None:
        text = self._selection() or self.document.text()[-3000:]
        self._stream = StreamThread(self.settings, [{"role": "user", "content": text}], self)
        self._stream.chunk.connect(self.editor.insertPlainText)
        self._stream.failed.connect(self._error)
        self._stream.start()

    def open_draft(self) -> None:
        dlg = DraftDialog(self.settings, self)
        if dlg.exec():
            self.editor.insertPlainText(dlg.draft_text)

    def open_chat(self) -> None:
        ChatDialog(self.settings, self.document.text(), self).show()

    def proofread_all(self) -> None:
        paras = self.document.paragraphs()
        self._batch = ProofreadBatch(self.settings, paras)
        self.progress.setRange(0, len(paras))
        self.progress.show()
        self._batch.signals.progress.connect(lambda done, total: self.progress.setValue(done))
        self._batch.signals.finished.connect(self._proofread_done)
        self._batch.signals.error.connect(self._error)
        pool().start(self._batch)

    def _proofread_done(self, results) -> None:
        self.progress.hide()
        paras = self.document.paragraphs()
        for r in results:
            paras[r.index] = r.revised
        self.document.replace_paragraphs(paras)

    def summarise_chapters(self) -> None:
        job = TrackedSummaryBatch(self.settings, self.document.chapters())
        job.signals.finished.connect(lambda s: self._show_result("\n\n".join(s)))
        job.signals.error.connect(self._error)
        pool().start(job)

    def improve_headline(self) -> None:
        first_line = self.document.text().split("\n", 1)[0]
        submit(gpt_helper.improve_headline, first_line, on_result=self._show_result, on_error=self._error)

    def _inline_suggestion(self) -> None:
        if self.settings.offline_mode or self.settings.active_provider != "deepseek":
            return
        tail = self.document.text()[-1500:]
        ds = clients.get_deepseek_client()
        submit(
            ds.chat.completions.create,
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": "Suggest the next 5-10 words. Output only them."},
                {"role": "user", "content": tail},
            ],
            max_tokens=20,
            on_result=lambda r: self.statusBar().showMessage(r.choices[0].message.content, 5000),
        )

    def _update_cost_estimate(self) -> None:
        provider = self.settings.active_provider
        model = self.settings.model_for(provider)
        text = self.document.text()
        if provider in ("anthropic", "google") and self.settings.offline_mode:
            provider = "openai"
        tokens = count_tokens(text, provider, model)
        usd = calculate_cost(model, tokens, tokens // 2)
        self.cost_label.setText(f"{tokens:,} tok · ~{format_cost(usd)}")

    # ----------------------------------------------------------------- files
    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open", "", "Markdown (*.md);;Text (*.txt)")
        if path:
            self.document = Document.open(Path(path), self)
            self.editor.setDocument(self.document.qdoc)

    def save_file(self) -> None:
        if self.document.path is None:
            path, _ = QFileDialog.getSaveFileName(self, "Save", "", "Markdown (*.md)")
            if not path:
                return
            self.document.save(Path(path))
        else:
            self.document.save()

    def open_settings(self) -> None:
        SettingsDialog(self.settings, self).exec()

    def closeEvent(self, event) -> None:
        if self._stream is not None:
            self._stream.cancel()
            self._stream.wait(1500)
        self.history.close()
        super().closeEvent(event)
