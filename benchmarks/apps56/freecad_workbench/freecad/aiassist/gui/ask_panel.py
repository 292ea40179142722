"""Task panel: ask questions about the active model."""
import FreeCAD
import FreeCADGui
from PySide import QtGui

from freecad.aiassist import preferences
from freecad.aiassist.core.qa import ModelQA
from freecad.aiassist.llm import get_groq_client
from freecad.aiassist.llm import prompts
from .workers import GroqChatWorker, LLMWorker


class AskTaskPanel:
    def __init__(self):
        self.form = QtGui.QWidget()
        self.form.setWindowTitle("Ask about model")
        layout = QtGui.QVBoxLayout(self.form)
        self.history = QtGui.QTextBrowser()
        self.input = QtGui.QLineEdit()
        self.input.setPlaceholderText("e.g. What is the wall thickness of the housing?")
        self.quick = QtGui.QCheckBox("Quick answer (Groq)")
        self.send = QtGui.QPushButton("Ask")
        layout.addWidget(self.history)
        layout.addWidget(self.input)
        layout.addWidget(self.quick)
        layout.addWidget(self.send)
        self.send.clicked.connect(self.on_send)
        self.input.returnPressed.connect(self.on_send)
        self.qa = ModelQA()
        self._worker = None

    def on_send(self):
        question = self.input.text().strip()
        if not question:
            return
        self.history.append("<b>You:</b> %s" % question)
        self.input.clear()
        self.send.setEnabled(False)
        if self.quick.isChecked():
            from freecad.aiassist.core import model_summary

            ctx = model_summary.summarize_document(max_objects=40)
            self._worker = GroqChatWorker(
                get_groq_client(),
                preferences.model_for("groq"),
                [
                    {"role": "system", "content": prompts.ASK_SYSTEM},
                    {"role": "user", "content": prompts.ask_user_prompt(question, [ctx])},
                ],
            )
            self._worker.answered.connect(self.on_answer)
        else:
            self._worker = LLMWorker(self.qa.ask, question, FreeCAD.ActiveDocument)
            self._worker.finished_ok.connect(self.on_answer)
        self._worker.failed.connect(self.on_error)
        self._worker.start()

    def on_answer(self, text):
        self.history.append("<b>Assistant:</b> %s" % text)
        self.send.setEnabled(True)

    def on_error(self, msg):
        FreeCAD.Console.PrintError("AIAssist: %s\n" % msg)
        self.history.append("<i>Request failed, see report view.</i>")
        self.send.setEnabled(True)

    def getStandardButtons(self):
        return int(QtGui.QDialogButtonBox.Close)

    def reject(self):
        FreeCADGui.Control.closeDialog()
        return True
