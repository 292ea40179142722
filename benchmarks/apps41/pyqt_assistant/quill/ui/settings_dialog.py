"""Settings dialog: API keys, default models, UI preferences."""
from __future__ import annotations

import logging

from PyQt6.QtCore import QThreadPool, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quill import config
from quill.engine import factories
from quill.engine.models import models_for

log = logging.getLogger(__name__)


class _KeyRow(QWidget):
    testRequested = pyqtSignal(str)

    def __init__(self, provider: str, parent=None):
        super().__init__(parent)
        self.provider = provider
        self.edit = QLineEdit(config.api_key(provider) or "")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.status = QLabel("")
        btn = QPushButton("Test")
        btn.clicked.connect(lambda: self.testRequested.emit(self.provider))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit, 1)
        lay.addWidget(btn)
        lay.addWidget(self.status)


class SettingsDialog(QDialog):
    keysChanged = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.resize(560, 420)
        self.prefs = config.UiPrefs.load()

        tabs = QTabWidget()
        tabs.addTab(self._keys_tab(), "Providers")
        tabs.addTab(self._ui_tab(), "Editor")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        root = QVBoxLayout(self)
        root.addWidget(tabs)
        root.addWidget(buttons)

    def _keys_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.key_rows: dict[str, _KeyRow] = {}
        self.model_boxes: dict[str, QComboBox] = {}
        for provider in config.PROVIDERS:
            row = _KeyRow(provider)
            row.testRequested.connect(self.test_provider)
            self.key_rows[provider] = row
            form.addRow(f"{provider.title()} key", row)
            box = QComboBox()
            box.setEditable(True)
            box.addItems(models_for(provider))
            box.setCurrentText(config.default_model(provider))
            self.model_boxes[provider] = box
            form.addRow(f"{provider.title()} model", box)
        self.provider_box = QComboBox()
        self.provider_box.addItems(config.PROVIDERS)
        self.provider_box.setCurrentText(config.preferred_provider())
        form.addRow("Preferred provider", self.provider_box)
        return page

    def _ui_tab(self) -> QWidget:
        page = QGroupBox()
        form = QFormLayout(page)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.font_size.setValue(self.prefs.font_size)
        self.dark = QCheckBox("Dark mode")
        self.dark.setChecked(self.prefs.dark_mode)
        self.stream = QCheckBox("Stream responses into the editor")
        self.stream.setChecked(self.prefs.stream_responses)
        form.addRow("Font size", self.font_size)
        form.addRow(self.dark)
        form.addRow(self.stream)
        return page

    def test_provider(self, provider: str) -> None:
        """Validate a key by listing models - cheap and does not bill tokens."""
        row = self.key_rows[provider]
        config.set_api_key(provider, row.edit.text().strip())
        factories.reset_clients()
        row.status.setText("…")
        try:
            client = factories.make_client(provider)
            if provider == "google":
                names = [m.name for m in client.models.list()]
            else:
                names = [m.id for m in client.models.list()]
        except Exception as exc:  # noqa: BLE001
            log.info("key test failed for %s: %s", provider, exc)
            row.status.setText("✗")
            row.status.setToolTip(str(exc))
            return
        row.status.setText("✓")
        row.status.setToolTip(f"{len(names)} models available")

    def accept(self) -> None:
        for provider, row in self.key_rows.items():
            config.set_api_key(provider, row.edit.text().strip())
            config.set_default_model(provider, self.model_boxes[provider].currentText())
        config.settings().setValue("general/provider", self.provider_box.currentText())
        self.prefs.font_size = self.font_size.value()
        self.prefs.dark_mode = self.dark.isChecked()
        self.prefs.stream_responses = self.stream.isChecked()
        self.prefs.save()
        factories.reset_clients()
        self.keysChanged.emit()
        super().accept()
