"""The Art Muse docker."""
from __future__ import annotations

import json
import logging

from krita import DockWidget, Krita
from PyQt5.QtCore import QThreadPool
from PyQt5.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from . import backends, layer_utils, prompt_templates, settings
from .assistant import ImageGenerator, LayerDescriber, PromptWriter
from .assistant import layer_describer
from .history import PromptHistory
from .ui.widgets import ImagePreview, PromptEdit
from .workers import (
    FunctionRunnable,
    OpenAIImageRunnable,
    ReplicatePredictionRunnable,
    StreamingChatThread,
)

log = logging.getLogger(__name__)


class ArtMuseDocker(DockWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("Art Muse")
        self.pool = QThreadPool.globalInstance()
        self._stream_thread = None
        self.history = PromptHistory(None)

        # shared clients, handed to helpers/workers that want a raw client
        self.openai = backends.openai_client()
        self.anthropic = backends.anthropic_client()

        root = QWidget(self)
        layout = QVBoxLayout(root)
        tabs = QTabWidget(root)
        tabs.addTab(self._build_prompt_tab(), "Prompt")
        tabs.addTab(self._build_image_tab(), "Image")
        layout.addWidget(tabs)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.setWidget(root)

    # ---- UI construction -------------------------------------------------
    def _build_prompt_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.note_edit = PromptEdit("Rough idea… (Ctrl+Enter to expand)")
        self.prompt_edit = PromptEdit("Expanded prompt")
        self.note_edit.submitted.connect(self.on_write_prompt)

        row = QHBoxLayout()
        self.write_btn = QPushButton("Write prompt")
        self.quick_btn = QPushButton("⚡")
        self.quick_btn.setToolTip("Quick prompt (lower latency)")
        self.stream_btn = QPushButton("Stream")
        self.palette_btn = QPushButton("Palette")
        for b in (self.write_btn, self.quick_btn, self.stream_btn, self.palette_btn):
            row.addWidget(b)
        self.write_btn.clicked.connect(lambda: self.on_write_prompt(self.note_edit.toPlainText()))
        self.quick_btn.clicked.connect(self.on_quick_prompt)
        self.stream_btn.clicked.connect(self.on_stream_prompt)
        self.palette_btn.clicked.connect(self.on_suggest_palette)

        row2 = QHBoxLayout()
        self.describe_btn = QPushButton("Describe layer")
        self.critique_btn = QPushButton("Critique")
        self.title_btn = QPushButton("Title")
        row2.addWidget(self.describe_btn)
        row2.addWidget(self.critique_btn)
        row2.addWidget(self.title_btn)
        self.title_btn.clicked.connect(self.on_suggest_title)
        self.describe_btn.clicked.connect(self.on_describe_layer)
        self.critique_btn.clicked.connect(self.on_critique)

        lay.addWidget(self.note_edit)
        lay.addLayout(row)
        lay.addWidget(self.prompt_edit)
        lay.addLayout(row2)
        return w

    def _build_image_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.provider_combo = QComboBox()
        self.provider_combo.addItems(backends.image_backends())
        idx = self.provider_combo.findText(settings.current().image_provider)
        self.provider_combo.setCurrentIndex(max(idx, 0))
        self.preview = ImagePreview()
        self.generate_btn = QPushButton("Generate layer")
        self.hq_btn = QPushButton("Generate (HQ, OpenAI)")
        self.generate_btn.clicked.connect(self.on_generate)
        self.hq_btn.clicked.connect(self.on_generate_hq)
        self.flux_btn = QPushButton("Generate (FLUX Pro, async)")
        self.flux_btn.clicked.connect(self.on_generate_flux_pro)
        lay.addWidget(self.provider_combo)
        lay.addWidget(self.preview)
        lay.addWidget(self.generate_btn)
        lay.addWidget(self.hq_btn)
        lay.addWidget(self.flux_btn)
        return w

    # ---- helpers -----------------------------------------------------------
    def _run(self, fn, on_done, *args, busy: str = "Working…") -> None:
        self.status.setText(busy)
        job = FunctionRunnable(fn, *args)
        job.signals.finished.connect(on_done)
        job.signals.failed.connect(self._on_failed)
        self.pool.start(job)

    def _on_failed(self, message: str) -> None:
        self.status.setText("")
        QMessageBox.warning(self, "Art Muse", message)

    def _active_png(self) -> bytes | None:
        doc = Krita.instance().activeDocument()
        if doc is None or doc.activeNode() is None:
            self.status.setText("Open a document first.")
            return None
        return layer_utils.node_to_png(doc.activeNode())

    # ---- slots -------------------------------------------------------------
    def on_write_prompt(self, note: str) -> None:
        if not note.strip():
            return
        writer = PromptWriter(self.openai)
        self._run(writer.write, self._show_prompt, note, busy="Writing prompt…")

    def on_quick_prompt(self) -> None:
        writer = PromptWriter(self.openai)
        self._run(writer.quick, self._show_prompt, self.note_edit.toPlainText())

    def _show_prompt(self, text: str) -> None:
        self.prompt_edit.setPlainText(text)
        self.history.create(text, settings.current().text_provider)
        self.status.setText("")

    def on_stream_prompt(self) -> None:
        cfg = settings.current()
        self.prompt_edit.clear()
        self._stream_thread = StreamingChatThread(
            self.openai,
            cfg.openai_chat_model,
            [
                {"role": "system", "content": prompt_templates.PROMPT_WRITER_SYSTEM},
                {"role": "user", "content": self.note_edit.toPlainText()},
            ],
            parent=self,
        )
        self._stream_thread.delta.connect(self.prompt_edit.append_text)
        self._stream_thread.done.connect(lambda text: self.history.create(text, "openai"))
        self._stream_thread.failed.connect(self._on_failed)
        self._stream_thread.start()

    def on_suggest_palette(self) -> None:
        prompt = self.prompt_edit.toPlainText() or self.note_edit.toPlainText()
        model = settings.current().openai_chat_model

        def job():
            resp = self.openai.chat.completions.create(
                model=model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": 'Return {"colors": ["#rrggbb", ...]} with 6 colours.'},
                    {"role": "user", "content": prompt},
                ],
            )
            return json.loads(resp.choices[0].message.content)["colors"]

        self._run(job, self._apply_palette, busy="Picking colours…")

    def _apply_palette(self, colors: list[str]) -> None:
        self.status.setText("Palette: " + " ".join(colors))

    def on_describe_layer(self) -> None:
        png = self._active_png()
        if png is None:
            return
        self._run(LayerDescriber().describe, self._show_description, png, busy="Looking at the layer…")

    def on_critique(self) -> None:
        png = self._active_png()
        if png is None:
            return
        if settings.current().use_tracked_service:
            self._run(layer_describer.tracked_critique, self._show_description, png, self.anthropic)
        else:
            self._run(layer_describer.critique, self._show_description, png, self.anthropic)

    def on_suggest_title(self) -> None:
        description = self.status.text() or self.prompt_edit.toPlainText()
        model = settings.current().anthropic_model
        client = self.anthropic

        def job():
            msg = client.messages.create(
                model=model,
                max_tokens=30,
                system=prompt_templates.TITLE_SYSTEM,
                messages=[{"role": "user", "content": description}],
            )
            return msg.content[0].text.strip().strip('"')

        self._run(job, lambda title: self.status.setText(f"Title: {title}"), busy="Naming…")

    def _show_description(self, text: str) -> None:
        self.status.setText(text)
        self.history.create(text, "vision", kind="description")

    def on_generate(self) -> None:
        doc = Krita.instance().activeDocument()
        prompt = self.prompt_edit.toPlainText().strip()
        if doc is None or not prompt:
            return
        generator = ImageGenerator(self.provider_combo.currentText())
        self._run(generator.generate_for_document, self._on_image, doc, prompt, busy="Generating…")

    def on_generate_hq(self) -> None:
        prompt = self.prompt_edit.toPlainText().strip()
        if not prompt:
            return
        job = OpenAIImageRunnable(self.openai, prompt, size=settings.current().image_size, quality="high")
        job.signals.progress.connect(self.status.setText)
        job.signals.finished.connect(lambda png: self._on_image_bytes(png))
        job.signals.failed.connect(self._on_failed)
        self.pool.start(job)

    def on_generate_flux_pro(self) -> None:
        prompt = self.prompt_edit.toPlainText().strip()
        if not prompt:
            return
        job = ReplicatePredictionRunnable(
            backends.replicate_client(),
            "black-forest-labs/flux-1.1-pro",
            {"prompt": prompt, "output_format": "png", "safety_tolerance": 2},
        )
        job.signals.finished.connect(lambda p: self.status.setText(f"Prediction {p.id} queued"))
        job.signals.failed.connect(self._on_failed)
        self.pool.start(job)

    def _on_image(self, result) -> None:
        self._on_image_bytes(result.png_bytes)

    def _on_image_bytes(self, png: bytes) -> None:
        self.preview.show_png(png)
        doc = Krita.instance().activeDocument()
        if doc is not None:
            layer_utils.png_to_new_layer(doc, png, "Art Muse")
        self.status.setText("")

    # ---- DockWidget API ----------------------------------------------------
    def canvasChanged(self, canvas) -> None:  # noqa: N802
        doc = Krita.instance().activeDocument()
        self.history = PromptHistory(doc)
