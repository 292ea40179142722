"""Side chat about the current document."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout

from quillpad.services.clients import gemini_model
from quillpad.services.offline import OfflineProvider
from quillpad.services.providers import build_provider
from quillpad.settings import AppSettings
from quillpad.workers.base import submit

log = logging.getLogger(__name__)

SYSTEM = "You help the user with the document they are writing. Be brief and concrete."


class ChatDialog(QDialog):
    def __init__(self, settings: AppSettings, document_text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ask about this document")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(480, 640)
        self.settings = settings
        self.document_text = document_text
        self.history: list[dict] = [
            {"role": "system", "content": f"{SYSTEM}\n\nDocument:\n{document_text[:12000]}"}
        ]
        self._gemini_session = None
        if settings.active_provider == "google" and not settings.offline_mode:
            # Gemini keeps the conversation server-side-ish in a ChatSession.
            self._gemini_session = gemini_model(system_instruction=self.history[0]["content"]).start_chat()

        self.log_view = QTextBrowser()
        self.input = QLineEdit()
        self.input.returnPressed.connect(self.send)
        self.send_btn = QPushButton("Send")
        self.send_btn.clicked.connect(self.send)

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.send_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.log_view, 1)
        lay.addLayout(row)

    def _ask(self, question: str) -> str:
        if self._gemini_session is not None:
            return self._gemini_session.send_message(question).text
        self.history.append({"role": "user", "content": question})
        provider = OfflineProvider() if self.settings.offline_mode else build_provider(self.settings.provider_config())
        answer = provider.complete(self.history)
        self.history.append({"role": "assistant", "content": answer})
        return answer

    @Slot()
    def send(self) -> None:
        q = self.input.text().strip()
        if not q:
            return
        self.input.clear()
        self.log_view.append(f"<b>You:</b> {q}")
        self.send_btn.setEnabled(False)
        submit(self._ask, q, on_result=self._answer, on_error=self._error)

    def _answer(self, text: str) -> None:
        self.log_view.append(f"<b>Assistant:</b> {text}")
        self.send_btn.setEnabled(True)

    def _error(self, msg: str) -> None:
        self.log_view.append(f"<i style='color:#b00'>{msg.splitlines()[0]}</i>")
        self.send_btn.setEnabled(True)
