"""Main dock widget: caption the current image and drop a text annotation."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import numpy as np
from napari.qt.threading import thread_worker
from qtpy.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ._image_utils import current_plane, layer_summary
from ._llm import TaskComplexity, get_anthropic_client, multi_model_service, vision_providers
from ._llm.openai_backend import OpenAIVision
from ._prompts import CAPTION_SYSTEM, caption_prompt
from ._settings import get_settings

if TYPE_CHECKING:
    import napari


class AnnotateWidget(QWidget):
    def __init__(self, napari_viewer: "napari.viewer.Viewer"):
        super().__init__()
        self.viewer = napari_viewer
        self._vision = OpenAIVision()
        self._claude = get_anthropic_client()
        self._worker = None

        self.provider_box = QComboBox()
        self.provider_box.addItems(vision_providers())
        self.provider_box.setCurrentText(get_settings().default_provider)
        self.style_box = QComboBox()
        self.style_box.addItems(["short", "figure", "detailed"])
        self.output = QPlainTextEdit(readOnly=True)
        self.status = QLabel("")
        self.btn = QPushButton("Annotate current view")
        self.btn.clicked.connect(self._on_click)
        self.btn_tracked = QPushButton("Annotate (tracked)")
        self.btn_tracked.clicked.connect(self._on_click_tracked)

        layout = QVBoxLayout(self)
        for w in (self.provider_box, self.style_box, self.btn, self.btn_tracked, self.output, self.status):
            layout.addWidget(w)

    # -- helpers --------------------------------------------------------
    def _active_image(self):
        layer = self.viewer.layers.selection.active
        if layer is None or type(layer).__name__ != "Image":
            self.status.setText("Select an image layer first")
            return None, None
        return layer, current_plane(layer, self.viewer)

    def _add_annotation(self, layer, text: str) -> None:
        h, w = layer.data.shape[-2:]
        self.viewer.add_points(
            np.array([[h * 0.05, w * 0.05]]),
            properties={"caption": [text]},
            text={"string": "{caption}", "size": 10, "color": "yellow"},
            name=f"{layer.name} caption",
            size=1,
        )

    # -- actions ----------------------------------------------------------
    def _on_click(self):
        layer, plane = self._active_image()
        if layer is None:
            return
        provider = self.provider_box.currentText()
        prompt = caption_prompt(layer.name, self.style_box.currentText())
        self.btn.setEnabled(False)
        self.output.clear()

        if provider == "openai":
            worker = self._stream_openai(plane, prompt)
            worker.yielded.connect(self.output.insertPlainText)
            worker.returned.connect(lambda _: self._add_annotation(layer, self.output.toPlainText()))
        else:
            worker = self._caption_claude(plane, prompt, layer.name)
            worker.returned.connect(lambda text: (self.output.setPlainText(text), self._add_annotation(layer, text)))
        worker.finished.connect(lambda: self.btn.setEnabled(True))
        worker.errored.connect(lambda e: self.status.setText(f"error: {e}"))
        self._worker = worker
        worker.start()

    @thread_worker
    def _stream_openai(self, plane, prompt):
        yield from self._vision.stream_describe(plane, prompt, system=CAPTION_SYSTEM)

    @thread_worker
    def _caption_claude(self, plane, prompt, name):
        from ._image_utils import to_base64_png

        message = self._claude.messages.create(
            model=get_settings().anthropic_model,
            max_tokens=400,
            system=CAPTION_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": to_base64_png(plane)}},
                        {"type": "text", "text": prompt},
                    ],
                }
            ],
        )
        return message.content[0].text

    def _on_click_tracked(self):
        layer, plane = self._active_image()
        if layer is None:
            return
        from ._image_utils import to_png_bytes

        png = to_png_bytes(plane, get_settings().max_image_side)
        summary = layer_summary(layer)

        @thread_worker
        def _job():
            return asyncio.run(
                multi_model_service.generate_response(
                    prompt=caption_prompt(summary["name"], self.style_box.currentText()),
                    task_type="annotate",
                    complexity=TaskComplexity.VISION,
                    image_png=png,
                    system=CAPTION_SYSTEM,
                )
            )

        worker = _job()
        worker.returned.connect(lambda text: (self.output.setPlainText(text), self._add_annotation(layer, text)))
        worker.start()
