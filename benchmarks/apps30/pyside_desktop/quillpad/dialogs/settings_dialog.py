"""Settings > Providers."""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from quillpad.services import clients
from quillpad.settings import PROVIDERS, AppSettings
from quillpad.workers.base import submit

log = logging.getLogger(__name__)


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = settings

        self.provider = QComboBox()
        self.provider.addItems(PROVIDERS)
        self.provider.setCurrentText(settings.active_provider)
        self.provider.currentTextChanged.connect(self._load_provider_fields)

        self.model = QComboBox()
        self.model.setEditable(True)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.Password)
        self.base_url = QLineEdit()
        self.temperature = QDoubleSpinBox()
        self.temperature.setRange(0.0, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setValue(float(settings.value("llm/temperature", 0.4)))
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(64, 32000)
        self.max_tokens.setValue(int(settings.value("llm/max_tokens", 1024)))
        self.offline = QCheckBox("Offline mode (no network calls)")
        self.offline.setChecked(settings.offline_mode)
        self.tracked = QCheckBox("Record usage (recommended)")
        self.tracked.setChecked(settings.use_tracked_service)

        self.refresh_models = QPushButton("Refresh model list")
        self.refresh_models.clicked.connect(self._refresh_models)
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow("Provider", self.provider)
        form.addRow("Model", self.model)
        form.addRow("", self.refresh_models)
        form.addRow("API key", self.key)
        form.addRow("Base URL", self.base_url)
        form.addRow("Temperature", self.temperature)
        form.addRow("Max tokens", self.max_tokens)
        form.addRow(self.offline)
        form.addRow(self.tracked)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._load_provider_fields(settings.active_provider)

    def _load_provider_fields(self, provider: str) -> None:
        cfg = self.settings.provider_config(provider)
        self.model.clear()
        self.model.addItem(cfg.model)
        self.key.setText(cfg.api_key)
        self.base_url.setText(cfg.base_url)
        self.base_url.setEnabled(provider in ("ollama", "watsonx", "openai"))

    def _list_models(self, provider: str) -> list[str]:
        if provider == "openai":
            return sorted(m.id for m in clients.get_openai_client().models.list())
        if provider == "deepseek":
            return [m.id for m in clients.get_deepseek_client().models.list()]
        if provider == "anthropic":
            return [m.id for m in clients.get_anthropic_client().models.list(limit=50)]
        if provider == "ollama":
            return [m.model for m in clients.get_ollama_client().list().models]
        if provider == "google":
            import google.generativeai as genai

            return [
                m.name.removeprefix("models/")
                for m in genai.list_models()
                if "generateContent" in m.supported_generation_methods
            ]
        return [self.settings.model_for(provider)]

    def _refresh_models(self) -> None:
        provider = self.provider.currentText()
        self.status.setText("Loading models...")
        submit(
            self._list_models,
            provider,
            on_result=self._models_loaded,
            on_error=lambda msg: self.status.setText(f"Could not list models: {msg.splitlines()[0]}"),
        )

    def _models_loaded(self, names: list[str]) -> None:
        current = self.model.currentText()
        self.model.clear()
        self.model.addItems(names)
        if current in names:
            self.model.setCurrentText(current)
        self.status.setText(f"{len(names)} models")

    def accept(self) -> None:
        provider = self.provider.currentText()
        try:
            self.settings.active_provider = provider
        except ValueError as exc:
            QMessageBox.warning(self, "Settings", str(exc))
            return
        self.settings.set_api_key(provider, self.key.text().strip())
        self.settings.set_value(f"models/{provider}", self.model.currentText())
        if self.base_url.isEnabled():
            self.settings.set_value(f"urls/{provider}", self.base_url.text().strip())
        self.settings.set_value("llm/temperature", self.temperature.value())
        self.settings.set_value("llm/max_tokens", self.max_tokens.value())
        self.settings.set_value("llm/tracked", self.tracked.isChecked())
        self.settings.offline_mode = self.offline.isChecked()
        clients.reset_clients()
        super().accept()
