#!/usr/bin/env python
# vim:fileencoding=UTF-8:ts=4:sw=4:sta:et:sts=4:ai

__license__ = 'GPL v3'
__copyright__ = '2023, Marta Kowalczyk'

from qt.core import (QDialog, QVBoxLayout, QHBoxLayout, QPushButton, QLabel,
                     QTextBrowser, QPlainTextEdit, QComboBox, QThread, pyqtSignal,
                     QTableWidget, QTableWidgetItem, QDialogButtonBox, Qt, QCheckBox)

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.common_utils import SizePersistedDialog
from calibre_plugins.ai_book_assistant.llm.clients import client_for
from calibre_plugins.ai_book_assistant.llm.prompts import book_context, SYSTEM_LIBRARIAN
from calibre_plugins.ai_book_assistant.llm.streaming import STREAMERS
from calibre_plugins.ai_book_assistant.llm.registry import providers


class StreamWorker(QThread):

    chunk = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, provider, messages, parent=None):
        QThread.__init__(self, parent)
        self.provider = provider
        self.messages = messages
        self._stop = False

    def stop(self):
        self._stop = True

    def run(self):
        try:
            client = client_for(self.provider)
            if self.provider == 'google':
                # no entry in STREAMERS yet, inline until streaming.py grows one
                prompt = '\n\n'.join(m['content'] for m in self.messages)
                for part in client.models.generate_content_stream(
                        model=model_for('google'), contents=prompt):
                    if self._stop:
                        break
                    self.chunk.emit(part.text or '')
                return
            gen = STREAMERS[self.provider](client, model_for(self.provider), self.messages)
            for text in gen:
                if self._stop:
                    break
                self.chunk.emit(text)
        except Exception as e:
            self.failed.emit(str(e))


class AskDialog(SizePersistedDialog):

    def __init__(self, gui, icon, db, book_id):
        SizePersistedDialog.__init__(self, gui, 'ai_book_assistant:ask_dialog')
        self.gui = gui
        self.db = db
        self.book_id = book_id
        self.mi = db.new_api.get_metadata(book_id)
        self.history = [{'role': 'system', 'content': SYSTEM_LIBRARIAN + '\n\n' + book_context(self.mi)}]
        self.worker = None

        self.setWindowTitle(_('Ask about: %s') % self.mi.title)
        self.setWindowIcon(icon)
        l = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(_('Provider:'), self))
        self.provider = QComboBox(self)
        self.provider.addItems(providers())
        self.provider.setCurrentText(prefs['provider'])
        top.addWidget(self.provider)
        self.suggest_btn = QPushButton(_('Suggest questions'), self)
        self.suggest_btn.clicked.connect(self.suggest_questions)
        top.addWidget(self.suggest_btn)
        l.addLayout(top)

        self.output = QTextBrowser(self)
        l.addWidget(self.output)
        self.input = QPlainTextEdit(self)
        self.input.setMaximumHeight(90)
        l.addWidget(self.input)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.ask_btn = bb.addButton(_('Ask'), QDialogButtonBox.ButtonRole.ActionRole)
        self.ask_btn.clicked.connect(self.ask)
        bb.rejected.connect(self.reject)
        l.addWidget(bb)
        self.resize_dialog()

    def ask(self):
        q = self.input.toPlainText().strip()
        if not q:
            return
        self.history.append({'role': 'user', 'content': q})
        self.output.append('<p><b>%s</b></p>' % q)
        self._answer = []
        self.worker = StreamWorker(self.provider.currentText(), list(self.history), self)
        self.worker.chunk.connect(self._on_chunk)
        self.worker.failed.connect(lambda msg: self.output.append('<p style="color:red">%s</p>' % msg))
        self.worker.finished.connect(self._on_done)
        self.ask_btn.setEnabled(False)
        self.worker.start()

    def _on_chunk(self, text):
        self._answer.append(text)
        self.output.insertPlainText(text)

    def _on_done(self):
        self.history.append({'role': 'assistant', 'content': ''.join(self._answer)})
        self.output.append('')
        self.ask_btn.setEnabled(True)

    def suggest_questions(self):
        provider = self.provider.currentText()
        if provider not in ('openai', 'deepseek'):
            provider = 'openai'
        client = client_for(provider)
        r = client.chat.completions.create(
            model=model_for(provider),
            messages=self.history[:1] + [{'role': 'user', 'content':
                'Suggest three interesting questions a reader might ask about this book, one per line.'}],
            max_tokens=150,
        )
        self.input.setPlainText(r.choices[0].message.content.strip().split('\n')[0])

    def reject(self):
        if self.worker is not None and self.worker.isRunning():
            self.worker.stop()
            self.worker.wait(2000)
        SizePersistedDialog.reject(self)


class ReviewDialog(SizePersistedDialog):
    """Shows proposed values per book with a checkbox to accept each."""

    def __init__(self, gui, title, proposals, db):
        SizePersistedDialog.__init__(self, gui, 'ai_book_assistant:review_dialog')
        self.setWindowTitle(title)
        self.proposals = proposals
        api = db.new_api
        l = QVBoxLayout(self)
        self.table = QTableWidget(len(proposals), 3, self)
        self.table.setHorizontalHeaderLabels([_('Use'), _('Book'), _('Proposed')])
        self._ids = []
        for row, (book_id, value) in enumerate(sorted(proposals.items())):
            self._ids.append(book_id)
            cb = QCheckBox(self)
            cb.setChecked(True)
            self.table.setCellWidget(row, 0, cb)
            self.table.setItem(row, 1, QTableWidgetItem(api.field_for('title', book_id)))
            shown = ', '.join(value) if isinstance(value, (list, tuple)) else str(value)
            self.table.setItem(row, 2, QTableWidgetItem(shown))
        self.table.resizeColumnsToContents()
        l.addWidget(self.table)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                              QDialogButtonBox.StandardButton.Cancel, self)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)
        l.addWidget(bb)
        self.resize_dialog()

    def accepted_values(self):
        out = {}
        for row, book_id in enumerate(self._ids):
            if self.table.cellWidget(row, 0).isChecked():
                out[book_id] = self.proposals[book_id]
        return out
