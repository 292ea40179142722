"""Task panel for drafting macros."""
import FreeCAD
import FreeCADGui
from PySide import QtGui

from freecad.aiassist import preferences
from freecad.aiassist.core.script_drafter import ScriptDrafter, extract_code, run_draft, validate
from freecad.aiassist.llm import get_deepseek_client, prompts
from .workers import LLMWorker


class DraftTaskPanel:
    def __init__(self):
        self.form = QtGui.QWidget()
        self.form.setWindowTitle("Draft parametric script")
        layout = QtGui.QFormLayout(self.form)
        self.request = QtGui.QPlainTextEdit()
        self.request.setPlaceholderText("A flanged bearing housing for a 608 bearing, 4x M4 holes on 40 mm PCD")
        self.provider = QtGui.QComboBox()
        self.provider.addItems(["anthropic", "deepseek"])
        self.provider.setCurrentText(preferences.params().GetString("DraftProvider", "anthropic"))
        self.code = QtGui.QPlainTextEdit()
        self.code.setReadOnly(True)
        self.generate_btn = QtGui.QPushButton("Generate")
        self.status = QtGui.QLabel("")
        layout.addRow("Request", self.request)
        layout.addRow("Model", self.provider)
        layout.addRow(self.generate_btn)
        layout.addRow("Script", self.code)
        layout.addRow(self.status)
        self.generate_btn.clicked.connect(self.generate)
        self._worker = None
        self._result = None

    def generate(self):
        provider = self.provider.currentText()
        preferences.params().SetString("DraftProvider", provider)
        self.status.setText("Asking %s..." % provider)
        self.generate_btn.setEnabled(False)
        if provider == "deepseek" and preferences.params().GetBool("DraftFastPath", False):
            # fast path: one shot without the repair loop
            self._worker = LLMWorker(
                get_deepseek_client().chat.completions.create,
                model=preferences.model_for("deepseek"),
                messages=[
                    {"role": "system", "content": prompts.DRAFT_SYSTEM},
                    {"role": "user", "content": prompts.draft_user_prompt(self.request.toPlainText())},
                ],
            )
            self._worker.finished_ok.connect(self._on_raw_completion)
        else:
            drafter = ScriptDrafter(provider)
            self._worker = LLMWorker(drafter.draft, self.request.toPlainText())
            self._worker.finished_ok.connect(self._on_result)
        self._worker.failed.connect(self._on_error)
        self._worker.start()

    def _on_raw_completion(self, resp):
        code = extract_code(resp.choices[0].message.content)
        errors = validate(code)
        self.code.setPlainText(code)
        self.status.setText("; ".join(errors) if errors else "Looks valid")
        self.generate_btn.setEnabled(True)

    def _on_result(self, result):
        self._result = result
        self.code.setPlainText(result.code)
        self.status.setText("; ".join(result.errors) if result.errors else "Looks valid")
        self.generate_btn.setEnabled(True)

    def _on_error(self, msg):
        FreeCAD.Console.PrintError(msg + "\n")
        self.status.setText("Request failed")
        self.generate_btn.setEnabled(True)

    def accept(self):
        code = self.code.toPlainText()
        if code and not validate(code):
            run_draft(code)
        FreeCADGui.Control.closeDialog()
        return True

    def reject(self):
        FreeCADGui.Control.closeDialog()
        return True
