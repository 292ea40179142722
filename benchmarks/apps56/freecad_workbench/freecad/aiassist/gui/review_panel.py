"""Task panel for design reviews."""
import asyncio

import FreeCAD
import FreeCADGui
from PySide import QtGui

from freecad.aiassist.core.reviewer import DesignReviewer, annotate_document
from freecad.aiassist.llm.streaming import STREAMERS
from freecad.aiassist.llm import prompts
from freecad.aiassist.core import model_summary
from freecad.aiassist import preferences
from .workers import LLMWorker, StreamWorker


class ReviewTaskPanel:
    def __init__(self):
        self.form = QtGui.QWidget()
        self.form.setWindowTitle("Design review")
        layout = QtGui.QVBoxLayout(self.form)
        self.process = QtGui.QComboBox()
        self.process.addItems(["CNC milling", "FDM printing", "Sheet metal", "Injection moulding"])
        self.mode = QtGui.QComboBox()
        self.mode.addItems(["Quick (tracked)", "Detailed", "Streaming"])
        self.output = QtGui.QTextBrowser()
        self.run_btn = QtGui.QPushButton("Run review")
        for w in (self.process, self.mode, self.run_btn, self.output):
            layout.addWidget(w)
        self.run_btn.clicked.connect(self.run)
        self._worker = None
        self._findings = []

    def run(self):
        reviewer = DesignReviewer(self.process.currentText())
        mode = self.mode.currentIndex()
        self.output.clear()
        self.run_btn.setEnabled(False)
        if mode == 0:
            self._worker = LLMWorker(lambda: asyncio.run(reviewer.quick_review()))
            self._worker.finished_ok.connect(self._show_text)
        elif mode == 1:
            self._worker = LLMWorker(reviewer.detailed_review)
            self._worker.finished_ok.connect(self._show_findings)
        else:
            streamer = STREAMERS.get(preferences.get_backend(), STREAMERS["openai"])
            summary = model_summary.summarize_document()
            self._worker = StreamWorker(
                streamer, prompts.REVIEW_SYSTEM, prompts.review_user_prompt(summary, self.process.currentText())
            )
            self._worker.token.connect(self._append_token)
            self._worker.done.connect(lambda _text: self.run_btn.setEnabled(True))
        self._worker.failed.connect(self._on_error)
        self._worker.start()

    def _append_token(self, tok):
        cursor = self.output.textCursor()
        cursor.movePosition(cursor.End)
        cursor.insertText(tok)

    def _show_text(self, text):
        self.output.setMarkdown(text)
        self.run_btn.setEnabled(True)

    def _show_findings(self, findings):
        self._findings = findings
        lines = ["- **%s**: %s" % (f.severity, f.text) for f in findings]
        self.output.setMarkdown("\n".join(lines) or "No findings")
        self.run_btn.setEnabled(True)

    def _on_error(self, msg):
        FreeCAD.Console.PrintError(msg + "\n")
        self.run_btn.setEnabled(True)

    def accept(self):
        if self._findings:
            annotate_document(self._findings)
        FreeCADGui.Control.closeDialog()
        return True

    def reject(self):
        FreeCADGui.Control.closeDialog()
        return True
