"""Settings dialog: API keys, default providers, usage summary."""
from __future__ import annotations

from PyQt5.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from . import backends, settings
from .backends import openai_backend, stability_backend
from .services.llm_usage_tracker import calculate_cost, llm_tracker

KEY_FIELDS = [
    ("openai_api_key", "OpenAI API key"),
    ("anthropic_api_key", "Anthropic API key"),
    ("fireworks_api_key", "Fireworks API key"),
    ("replicate_api_token", "Replicate API token"),
    ("stability_api_key", "Stability API key"),
]


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Art Muse Settings")
        self.cfg = settings.current()
        self.key_edits: dict[str, QLineEdit] = {}

        form = QFormLayout()
        for attr, label in KEY_FIELDS:
            edit = QLineEdit(getattr(self.cfg, attr))
            edit.setEchoMode(QLineEdit.Password)
            self.key_edits[attr] = edit
            form.addRow(label, edit)

        self.text_combo = QComboBox()
        self.text_combo.addItems(backends.text_backends())
        self.text_combo.setCurrentText(self.cfg.text_provider)
        self.image_combo = QComboBox()
        self.image_combo.addItems(backends.image_backends())
        self.image_combo.setCurrentText(self.cfg.image_provider)
        self.upscale_combo = QComboBox()
        self.upscale_combo.addItems(["stability", "replicate"])
        self.upscale_combo.setCurrentText(self.cfg.upscale_provider)
        self.chat_model_combo = QComboBox()
        self.chat_model_combo.setEditable(True)
        self.chat_model_combo.addItem(self.cfg.openai_chat_model)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(50, 4000)
        self.max_tokens.setValue(self.cfg.max_tokens)
        self.tracked = QCheckBox("Route calls through the usage-tracked service")
        self.tracked.setChecked(self.cfg.use_tracked_service)

        form.addRow("Text provider", self.text_combo)
        form.addRow("Image provider", self.image_combo)
        form.addRow("Upscale provider", self.upscale_combo)
        form.addRow("OpenAI chat model", self.chat_model_combo)
        form.addRow("Max tokens", self.max_tokens)
        form.addRow(self.tracked)

        tools = QHBoxLayout()
        refresh = QPushButton("Refresh models")
        refresh.clicked.connect(self.refresh_models)
        credits = QPushButton("Stability credits")
        credits.clicked.connect(self.show_credits)
        tools.addWidget(refresh)
        tools.addWidget(credits)

        self.usage_label = QLabel(self._usage_text())
        self.info_label = QLabel("")

        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(tools)
        lay.addWidget(self.usage_label)
        lay.addWidget(self.info_label)
        lay.addWidget(buttons)

    def _usage_text(self) -> str:
        s = llm_tracker.month_summary()
        return (f"This month: {s['calls']} tracked calls, {s['input_tokens']} in / "
                f"{s['output_tokens']} out tokens, ≈ ${s['cost']:.2f}")

    def refresh_models(self) -> None:
        models = openai_backend.available_models()
        current = self.chat_model_combo.currentText()
        self.chat_model_combo.clear()
        self.chat_model_combo.addItems(models or [current])
        self.chat_model_combo.setCurrentText(current)
        try:
            page = backends.anthropic_client().models.list(limit=20)
            self.info_label.setText("Claude: " + ", ".join(m.id for m in page.data[:4]))
        except Exception as exc:  # noqa: BLE001
            self.info_label.setText(f"Anthropic: {exc}")

    def show_credits(self) -> None:
        try:
            credits = stability_backend.credit_balance()
        except Exception as exc:  # noqa: BLE001
            self.info_label.setText(f"Stability: {exc}")
            return
        est = calculate_cost(self.cfg.openai_chat_model, 1000, 1000)
        self.info_label.setText(f"Stability credits: {credits:.1f}  (1k/1k tokens on chat ≈ ${est:.4f})")

    def accept(self) -> None:
        for attr, edit in self.key_edits.items():
            setattr(self.cfg, attr, edit.text().strip())
        self.cfg.text_provider = self.text_combo.currentText()
        self.cfg.image_provider = self.image_combo.currentText()
        self.cfg.upscale_provider = self.upscale_combo.currentText()
        self.cfg.openai_chat_model = self.chat_model_combo.currentText()
        self.cfg.max_tokens = self.max_tokens.value()
        self.cfg.use_tracked_service = self.tracked.isChecked()
        self.cfg.save()
        settings.invalidate()
        backends.reset_clients()
        super().accept()
