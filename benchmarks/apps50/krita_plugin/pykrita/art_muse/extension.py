"""Menu actions (Tools > Scripts > Art Muse)."""
from __future__ import annotations

import functools
import logging

from krita import Extension, Krita
from PyQt5.QtCore import QThreadPool
from PyQt5.QtWidgets import QApplication, QInputDialog, QMessageBox

from . import layer_utils, settings
from .assistant import Upscaler
from .backends import replicate_backend
from .backends.clients import openai_client, replicate_client
from .settings_dialog import SettingsDialog
from .workers import FunctionRunnable

log = logging.getLogger(__name__)

MENU = "tools/scripts/art_muse"


class ArtMuseExtension(Extension):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._upscaler = None

    def setup(self) -> None:
        logging.basicConfig(level=logging.INFO)

    def createActions(self, window) -> None:  # noqa: N802
        window.createAction("art_muse", "Art Muse", "tools/scripts")
        specs = [
            ("art_muse_upscale", "Upscale Active Layer…", self.upscale_layer),
            ("art_muse_caption", "Caption Document", self.caption_document),
            ("art_muse_sketch", "Sketch → Image (Replicate)", self.sketch_to_image),
            ("art_muse_thumbs", "Quick Thumbnails (4)", self.quick_thumbnails),
            ("art_muse_settings", "Art Muse Settings…", self.open_settings),
        ]
        for action_id, text, slot in specs:
            action = window.createAction(action_id, text, MENU)
            action.triggered.connect(slot)

    # -------------------------------------------------------------------------
    def _start(self, fn, on_done, *args) -> None:
        job = FunctionRunnable(fn, *args)
        job.signals.finished.connect(on_done)
        job.signals.failed.connect(lambda msg: QMessageBox.warning(None, "Art Muse", msg))
        self.pool.start(job)

    def upscale_layer(self) -> None:
        doc = Krita.instance().activeDocument()
        if doc is None:
            return
        scale, ok = QInputDialog.getInt(None, "Upscale", "Scale factor", 2, 2, 4)
        if not ok:
            return
        self._upscaler = Upscaler()
        png = layer_utils.node_to_png(doc.activeNode(), max_side=2048)
        self._start(self._upscaler.upscale, lambda r: layer_utils.png_to_new_document(r.png_bytes, "upscaled"),
                    png, scale)

    def caption_document(self) -> None:
        """Writes an alt-text caption into the document's metadata (for exports)."""
        doc = Krita.instance().activeDocument()
        if doc is None:
            return
        png = layer_utils.document_to_png(doc, max_side=768)
        import base64

        data_url = "data:image/png;base64," + base64.b64encode(png).decode()
        model = settings.current().openai_chat_model

        def job():
            resp = openai_client().chat.completions.create(
                model=model,
                messages=[{
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Write one sentence of alt text for this artwork."},
                        {"type": "image_url", "image_url": {"url": data_url, "detail": "low"}},
                    ],
                }],
                max_tokens=80,
            )
            return resp.choices[0].message.content.strip()

        def done(caption: str) -> None:
            info = doc.documentInfo()
            doc.setDocumentInfo(info.replace("<abstract><![CDATA[]]></abstract>",
                                             f"<abstract><![CDATA[{caption}]]></abstract>"))
            QApplication.clipboard().setText(caption)

        self._start(job, done)

    def sketch_to_image(self) -> None:
        doc = Krita.instance().activeDocument()
        if doc is None:
            return
        prompt, ok = QInputDialog.getText(None, "Sketch → Image", "What is it?")
        if not ok or not prompt:
            return
        png = layer_utils.node_to_png(doc.activeNode(), max_side=1024)
        self._start(replicate_backend.quick_sketch_to_image,
                    lambda out: layer_utils.png_to_new_layer(doc, out, "sketch → image"), png, prompt)

    def quick_thumbnails(self) -> None:
        doc = Krita.instance().activeDocument()
        prompt, ok = QInputDialog.getText(None, "Quick thumbnails", "Prompt")
        if doc is None or not ok:
            return
        cfg = settings.current()

        def job():
            run_model = functools.partial(replicate_client().run, cfg.replicate_image_model)
            images = []
            for seed in range(4):
                out = run_model(input={"prompt": prompt, "seed": seed, "num_inference_steps": 4,
                                       "output_format": "png"})
                images.append(replicate_backend._download(out))
            return images

        def done(images) -> None:
            for i, png in enumerate(images):
                layer_utils.png_to_new_layer(doc, png, f"thumb {i + 1}")

        self._start(job, done)

    def open_settings(self) -> None:
        dlg = SettingsDialog(Krita.instance().activeWindow().qwindow())
        dlg.exec_()
