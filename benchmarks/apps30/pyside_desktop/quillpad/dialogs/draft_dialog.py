"""'Draft with Claude' - long-form first drafts, streamed into the dialog."""
from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from quillpad.services import get_anthropic_client
from quillpad.settings import AppSettings
from quillpad.workers.base import submit
from quillpad.workers.stream_worker import AnthropicStreamThread


class DraftDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Draft with Claude")
        self.resize(760, 600)
        self.settings = settings
        self.client = get_anthropic_client()
        self._thread: AnthropicStreamThread | None = None

        self.brief = QPlainTextEdit()
        self.brief.setPlaceholderText("What should the draft be about? Audience, length, key points...")
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.status = QLabel()

        self.draft_btn = QPushButton("Draft")
        self.draft_btn.clicked.connect(self.start_draft)
        self.ideas_btn = QPushButton("Just give me angles")
        self.ideas_btn.clicked.connect(self.quick_angles)
        self.stop_btn = QPushButton("Stop")
        self.stop_btn.clicked.connect(self.stop)

        row = QHBoxLayout()
        row.addWidget(self.draft_btn)
        row.addWidget(self.ideas_btn)
        row.addStretch(1)
        row.addWidget(self.stop_btn)

        bb = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        bb.accepted.connect(self.accept)
        bb.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("Brief"))
        lay.addWidget(self.brief, 1)
        lay.addLayout(row)
        lay.addWidget(self.output, 3)
        lay.addWidget(self.status)
        lay.addWidget(bb)

    @property
    def draft_text(self) -> str:
        return self.output.toPlainText()

    def start_draft(self) -> None:
        self.output.clear()
        self._thread = AnthropicStreamThread(
            self.client, self.settings.model_for("anthropic"), self.brief.toPlainText(), parent=self
        )
        self._thread.chunk.connect(self._append)
        self._thread.done.connect(lambda _: self.status.setText("Done"))
        self._thread.failed.connect(lambda m: self.status.setText(f"Error: {m}"))
        self._thread.start()
        self.status.setText("Drafting...")

    def _append(self, text: str) -> None:
        self.output.moveCursor(QTextCursor.End)
        self.output.insertPlainText(text)

    def quick_angles(self) -> None:
        brief = self.brief.toPlainText()
        client = self.client

        def work() -> str:
            msg = client.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=400,
                messages=[{"role": "user", "content": f"Give 5 distinct angles for a piece about:\n{brief}"}],
            )
            return msg.content[0].text

        submit(work, on_result=self.output.setPlainText, on_error=self.status.setText)

    def stop(self) -> None:
        if self._thread is not None and self._thread.isRunning():
            self._thread.requestInterruption()
            self._thread.wait(2000)
