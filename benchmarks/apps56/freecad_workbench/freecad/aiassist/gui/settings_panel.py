"""Settings dialog: keys, models and a connection test."""
import FreeCAD
from PySide import QtGui

from freecad.aiassist import preferences
from freecad.aiassist.llm import clients, models, registry

PROVIDERS = ["openai", "anthropic", "deepseek", "groq", "ollama"]


class SettingsDialog(QtGui.QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("AI Assist settings")
        form = QtGui.QFormLayout(self)
        self.backend = QtGui.QComboBox()
        self.backend.addItems(PROVIDERS)
        self.backend.setCurrentText(preferences.get_backend())
        self.keys = {}
        for p in PROVIDERS[:-1]:
            edit = QtGui.QLineEdit(preferences.api_key(p))
            edit.setEchoMode(QtGui.QLineEdit.Password)
            self.keys[p] = edit
            form.addRow("%s API key" % p.capitalize(), edit)
        self.ollama_host = QtGui.QLineEdit(preferences.ollama_host())
        self.model = QtGui.QComboBox()
        self.model.setEditable(True)
        self.track = QtGui.QCheckBox("Record token usage")
        self.track.setChecked(preferences.use_tracking())
        self.test_btn = QtGui.QPushButton("Test connection")
        self.refresh_btn = QtGui.QPushButton("Refresh models")
        buttons = QtGui.QDialogButtonBox(QtGui.QDialogButtonBox.Save | QtGui.QDialogButtonBox.Cancel)
        form.addRow("Default backend", self.backend)
        form.addRow("Ollama host", self.ollama_host)
        form.addRow("Model", self.model)
        form.addRow(self.track)
        form.addRow(self.refresh_btn, self.test_btn)
        form.addRow(buttons)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.test_btn.clicked.connect(self.test_connection)
        self.refresh_btn.clicked.connect(self.refresh_models)
        self.backend.currentTextChanged.connect(lambda _t: self.refresh_models())

    def refresh_models(self):
        name = self.backend.currentText()
        self.model.clear()
        try:
            self.model.addItems(models.LISTERS[name]())
        except Exception as exc:
            FreeCAD.Console.PrintWarning("AIAssist: could not list models: %s\n" % exc)
        self.model.setCurrentText(preferences.model_for(name))

    def test_connection(self):
        self.save(close=False)
        name = self.backend.currentText()
        backend = registry.get(name)
        try:
            reply = backend.complete("Reply with OK.", "ping", max_tokens=5)
        except Exception as exc:
            QtGui.QMessageBox.warning(self, "Connection failed", str(exc))
            return
        QtGui.QMessageBox.information(self, "Connection OK", "%s answered: %s" % (name, reply))

    def save(self, close=True):
        p = preferences.params()
        preferences.set_backend(self.backend.currentText())
        for name, edit in self.keys.items():
            p.SetString("%sApiKey" % name.capitalize(), edit.text().strip())
        p.SetString("OllamaHost", self.ollama_host.text().strip())
        p.SetString("%sModel" % self.backend.currentText().capitalize(), self.model.currentText())
        p.SetBool("TrackUsage", self.track.isChecked())
        p.SetBool("OllamaEnabled", self.backend.currentText() == "ollama")
        clients.reset_clients()
        if close:
            self.accept()
