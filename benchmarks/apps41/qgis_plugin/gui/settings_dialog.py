"""Provider keys, models and the Ollama host."""
import ollama
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from ..core import clients, settings

PROVIDERS = ["openai", "anthropic", "google", "mistral", "ollama"]


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("GeoScribe settings")
        form = QFormLayout(self)
        self.provider = QComboBox()
        self.provider.addItems(PROVIDERS)
        self.provider.setCurrentText(settings.active_provider())
        self.provider.currentTextChanged.connect(self._load_provider)
        form.addRow("Default provider", self.provider)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.Password)
        form.addRow("API key", self.api_key)
        self.model = QComboBox()
        self.model.setEditable(True)
        form.addRow("Model", self.model)
        self.ollama_host = QLineEdit(settings.ollama_host())
        form.addRow("Ollama host", self.ollama_host)
        self.refresh_btn = QPushButton("Refresh models")
        self.refresh_btn.clicked.connect(self.refresh_models)
        self.test_btn = QPushButton("Test connection")
        self.test_btn.clicked.connect(self.test_connection)
        form.addRow(self.refresh_btn, self.test_btn)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load_provider(self.provider.currentText())

    def _load_provider(self, provider):
        self.api_key.setText(settings.api_key_for(provider))
        self.api_key.setEnabled(provider != "ollama")
        self.model.clear()
        self.model.addItem(settings.model_for(provider))

    def _model_ids(self, provider):
        if provider == "ollama":
            return [m.model for m in ollama.Client(host=self.ollama_host.text()).list().models]
        client = clients.client_for(provider)
        if provider == "openai":
            return sorted(m.id for m in client.models.list() if m.id.startswith(("gpt", "o")))
        if provider == "anthropic":
            return [m.id for m in client.models.list(limit=50)]
        if provider == "google":
            return [m.name.split("/")[-1] for m in client.models.list()]
        if provider == "mistral":
            return [m.id for m in client.models.list().data]
        return []

    def refresh_models(self):
        provider = self.provider.currentText()
        try:
            ids = self._model_ids(provider)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.warning(self, "GeoScribe", "Could not list models:\n{}".format(exc))
            return
        current = self.model.currentText()
        self.model.clear()
        self.model.addItems(ids)
        self.model.setCurrentText(current)

    def test_connection(self):
        self.save(close=False)
        provider = self.provider.currentText()
        model = self.model.currentText()
        try:
            if provider == "ollama":
                ollama.Client(host=self.ollama_host.text()).show(model)
            else:
                client = clients.client_for(provider)
                if provider == "openai":
                    client.chat.completions.create(
                        model=model, messages=[{"role": "user", "content": "ping"}], max_tokens=1
                    )
                elif provider == "anthropic":
                    client.messages.create(
                        model=model, max_tokens=1, messages=[{"role": "user", "content": "ping"}]
                    )
                elif provider == "google":
                    client.models.get(model=model)
                elif provider == "mistral":
                    client.chat.complete(model=model, messages=[{"role": "user", "content": "ping"}], max_tokens=1)
        except Exception as exc:  # noqa: BLE001
            QMessageBox.critical(self, "GeoScribe", "Connection failed:\n{}".format(exc))
            return
        QMessageBox.information(self, "GeoScribe", "{} / {} works.".format(provider, model))

    def save(self, close=True):
        provider = self.provider.currentText()
        settings.set_value("provider", provider)
        settings.set_value("keys/{}".format(provider), self.api_key.text().strip())
        settings.set_value("models/{}".format(provider), self.model.currentText().strip())
        settings.set_value("ollama/host", self.ollama_host.text().strip())
        clients.reset_clients()
        if close:
            self.accept()
