"""Free-form chat dock. Supports local (Ollama) and cloud backends."""
from __future__ import annotations

from typing import TYPE_CHECKING

from napari.qt.threading import thread_worker
from qtpy.QtCore import Qt
from qtpy.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ._history import store
from ._image_utils import current_plane, to_png_bytes
from ._llm.registry import get_provider
from ._prompts import QA_SYSTEM

if TYPE_CHECKING:
    import napari


class ChatDock(QWidget):
    def __init__(self, napari_viewer: "napari.viewer.Viewer"):
        super().__init__()
        self.viewer = napari_viewer
        self.conversation = store.create("Chat")
        self.backend = QComboBox()
        self.backend.addItems(["ollama", "openai", "cerebras"])
        self.log = QTextEdit(readOnly=True)
        self.history = QListWidget()
        self.entry = QLineEdit()
        self.entry.returnPressed.connect(self.send)
        self.send_btn = QPushButton("Send")
        self.send_btn.clicked.connect(self.send)
        self.new_btn = QPushButton("New chat")
        self.new_btn.clicked.connect(self._new_chat)
        lay = QVBoxLayout(self)
        for w in (self.backend, self.history, self.log, self.entry, self.send_btn, self.new_btn):
            lay.addWidget(w)

    def _new_chat(self):
        self.conversation = store.create(f"Chat {len(store.all()) + 1}")
        self.history.addItem(self.conversation.title)
        self.log.clear()

    def send(self):
        text = self.entry.text().strip()
        if not text:
            return
        layer = self.viewer.layers.selection.active
        self.conversation.chat("user", text, layer=getattr(layer, "name", None))
        self.log.append(f"<b>you</b>: {text}")
        self.entry.clear()
        image = None
        if layer is not None and type(layer).__name__ == "Image":
            image = to_png_bytes(current_plane(layer, self.viewer))

        spec = get_provider(self.backend.currentText())
        worker = self._reply(spec, self.conversation.as_messages(), image)
        worker.yielded.connect(self._append_chunk)
        worker.returned.connect(lambda full: self.conversation.chat("assistant", full))
        self.log.append("<b>assistant</b>: ")
        worker.start()

    def _append_chunk(self, chunk: str):
        self.log.moveCursor(self.log.textCursor().End)
        self.log.insertPlainText(chunk)
        self.log.setAlignment(Qt.AlignLeft)

    @thread_worker
    def _reply(self, spec, messages, image):
        client = spec.client()
        messages = [{"role": "system", "content": QA_SYSTEM}, *messages]
        full = []
        if spec.name == "ollama":
            if image is not None:
                messages[-1] = {**messages[-1], "images": [image]}
            for part in client.chat(model=spec.model, messages=messages, stream=True):
                full.append(part["message"]["content"])
                yield part["message"]["content"]
        elif spec.name == "openai":
            stream = client.chat.completions.create(model=spec.model, messages=messages, stream=True)
            for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    full.append(delta)
                    yield delta
        else:
            # Cerebras is text-only; the image is ignored.
            for chunk in client.chat.completions.create(model=spec.model, messages=messages, stream=True):
                delta = chunk.choices[0].delta.content or ""
                full.append(delta)
                yield delta
        return "".join(full)
