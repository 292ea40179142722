"""Settings dialog (replaces the raw JSON editor)."""
from __future__ import annotations

from aqt import mw
from aqt.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton, qconnect
from aqt.utils import showInfo, showWarning

from ..core import config, reset_clients
from ..core.clients import get_anthropic_client, get_cohere_client, get_openai_client
from ..core.models import available_models
from ..gen.backends import clear_backends

PROVIDERS = ["openai", "anthropic", "gemini", "deepseek"]


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent or mw)
        self.setWindowTitle("AI Flashcards - settings")
        self.conf = config.get_config()
        form = QFormLayout(self)
        self.provider = QComboBox()
        self.provider.addItems(PROVIDERS)
        self.provider.setCurrentText(self.conf.get("default_provider", "openai"))
        form.addRow("Provider", self.provider)
        self.model = QComboBox()
        self.model.setEditable(True)
        form.addRow("Model", self.model)
        self.keys = {}
        for p in PROVIDERS + ["cohere"]:
            edit = QLineEdit(self.conf.get(f"{p}_api_key", ""))
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.keys[p] = edit
            form.addRow(f"{p.title()} key", edit)
        refresh = QPushButton("Refresh models")
        qconnect(refresh.clicked, self.refresh_models)
        test = QPushButton("Test keys")
        qconnect(test.clicked, self.test_keys)
        form.addRow(refresh, test)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        qconnect(buttons.accepted, self.save)
        qconnect(buttons.rejected, self.reject)
        form.addRow(buttons)

    def refresh_models(self) -> None:
        self.model.clear()
        self.model.addItems(available_models(self.provider.currentText()))

    def test_keys(self) -> None:
        """Checks keys with free endpoints only (no tokens spent)."""
        ok = []
        try:
            get_openai_client().models.list()
            ok.append("OpenAI")
        except Exception:  # noqa: BLE001
            pass
        try:
            get_anthropic_client().models.list(limit=1)
            ok.append("Anthropic")
        except Exception:  # noqa: BLE001
            pass
        try:
            if get_cohere_client().check_api_key().valid:
                ok.append("Cohere")
        except Exception:  # noqa: BLE001
            pass
        showInfo("Working keys: " + (", ".join(ok) or "none"), parent=self)

    def save(self) -> None:
        self.conf["default_provider"] = self.provider.currentText()
        if self.model.currentText():
            self.conf[f"{self.provider.currentText()}_model"] = self.model.currentText()
        for p, edit in self.keys.items():
            self.conf[f"{p}_api_key"] = edit.text().strip()
        try:
            config.write_config(self.conf)
        except Exception as exc:  # noqa: BLE001
            showWarning(str(exc))
            return
        reset_clients()
        clear_backends()
        self.accept()


def open_settings() -> None:
    SettingsDialog(mw).exec()
