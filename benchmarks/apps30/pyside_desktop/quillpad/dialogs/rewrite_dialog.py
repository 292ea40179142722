"""Rewrite selection dialog with a style picker and a diff preview."""
from __future__ import annotations

import difflib
import html

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from quillpad.settings import AppSettings
from quillpad.workers.rewrite_worker import make_rewrite_job

STYLES = ["Clearer", "Shorter", "More formal", "More casual", "Persuasive", "Plain English"]


def diff_html(a: str, b: str) -> str:
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a.split(), b.split()).get_opcodes():
        old = html.escape(" ".join(a.split()[i1:i2]))
        new = html.escape(" ".join(b.split()[j1:j2]))
        if tag == "equal":
            out.append(old)
        if tag in ("delete", "replace") and old:
            out.append(f"<s style='color:#b00'>{old}</s>")
        if tag in ("insert", "replace") and new:
            out.append(f"<b style='color:#070'>{new}</b>")
    return " ".join(out)


class RewriteDialog(QDialog):
    applied = Signal(str)

    def __init__(self, settings: AppSettings, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Rewrite")
        self.resize(720, 520)
        self.settings = settings
        self.original = text
        self.result = ""

        self.style = QComboBox()
        self.style.addItems(STYLES)
        self.go = QPushButton("Rewrite")
        self.go.clicked.connect(self.start)
        self.source = QPlainTextEdit(text)
        self.preview = QTextBrowser()
        self.status = QLabel()

        top = QHBoxLayout()
        top.addWidget(QLabel("Style"))
        top.addWidget(self.style, 1)
        top.addWidget(self.go)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Apply | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Apply).setEnabled(False)
        self.buttons.button(QDialogButtonBox.Apply).clicked.connect(self._apply)
        self.buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.source, 1)
        lay.addWidget(self.preview, 2)
        lay.addWidget(self.status)
        lay.addWidget(self.buttons)

    def start(self) -> None:
        self.go.setEnabled(False)
        self.status.setText("Working...")
        job = make_rewrite_job(self.settings, self.source.toPlainText(), self.style.currentText())
        job.signals.result.connect(self._done)
        job.signals.error.connect(self._failed)
        QThreadPool.globalInstance().start(job)

    def _done(self, text: str) -> None:
        self.result = text
        self.preview.setHtml(diff_html(self.source.toPlainText(), text))
        self.status.setText("")
        self.go.setEnabled(True)
        self.buttons.button(QDialogButtonBox.Apply).setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status.setText(f"Error: {message}")
        self.go.setEnabled(True)

    def _apply(self) -> None:
        self.applied.emit(self.result)
        self.accept()
