"""Ask natural-language questions about the loaded layers."""
from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from napari.qt.threading import thread_worker
from qtpy.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from . import _llm
from ._image_utils import current_plane, layer_summary, to_png_bytes
from ._llm.anthropic_backend import ClaudeAssistant
from ._llm.llm_usage_tracker import llm_tracker
from ._prompts import QA_SYSTEM, qa_prompt
from ._settings import get_settings

if TYPE_CHECKING:
    import napari


class LayerQAWidget(QWidget):
    def __init__(self, napari_viewer: "napari.viewer.Viewer", parent=None):
        super().__init__(parent)
        self.viewer = napari_viewer
        self.assistant = ClaudeAssistant()
        self.gemini = _llm.get_gemini_client()

        self.question = QLineEdit(placeholderText="e.g. Which channel has the brightest nuclei?")
        self.question.returnPressed.connect(self.ask)
        self.include_image = QCheckBox("Send current view")
        self.include_image.setChecked(True)
        self.backend = QComboBox()
        self.backend.addItems(["claude", "gemini", "openai (tracked)"])
        self.ask_btn = QPushButton("Ask")
        self.ask_btn.clicked.connect(self.ask)
        self.answer = QTextBrowser()

        row = QHBoxLayout()
        row.addWidget(self.backend)
        row.addWidget(self.include_image)
        row.addWidget(self.ask_btn)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(self.answer)

    def _context(self):
        summaries = [layer_summary(layer) for layer in self.viewer.layers]
        plane = None
        active = self.viewer.layers.selection.active
        if self.include_image.isChecked() and active is not None and type(active).__name__ == "Image":
            plane = current_plane(active, self.viewer)
        return summaries, plane

    def ask(self):
        q = self.question.text().strip()
        if not q:
            return
        summaries, plane = self._context()
        prompt = qa_prompt(q, summaries)
        backend = self.backend.currentText()
        if backend == "claude":
            worker = thread_worker(self.assistant.ask)(prompt, plane, QA_SYSTEM)
        elif backend == "gemini":
            worker = self._ask_gemini(prompt, plane)
        else:
            worker = self._ask_openai_tracked(prompt, plane)
        worker.returned.connect(self._show)
        worker.errored.connect(lambda e: self.answer.append(f"<i>error: {e}</i>"))
        self.ask_btn.setEnabled(False)
        worker.finished.connect(lambda: self.ask_btn.setEnabled(True))
        worker.start()

    @thread_worker
    def _ask_gemini(self, prompt, plane):
        from google.genai import types

        contents = [prompt]
        if plane is not None:
            contents.insert(0, types.Part.from_bytes(data=to_png_bytes(plane), mime_type="image/png"))
        response = self.gemini.models.generate_content(
            model=get_settings().gemini_model,
            contents=contents,
            config=types.GenerateContentConfig(system_instruction=QA_SYSTEM),
        )
        return response.text

    @thread_worker
    def _ask_openai_tracked(self, prompt, plane):
        return asyncio.run(self._openai_tracked(prompt, plane))

    async def _openai_tracked(self, prompt, plane):
        client = _llm.clients.get_async_openai_client()
        model = get_settings().openai_model
        content = [{"type": "text", "text": prompt}]
        if plane is not None:
            from ._image_utils import data_url

            content.append({"type": "image_url", "image_url": {"url": data_url(plane)}})
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="layer_qa"
        ) as usage_log:
            response = await client.chat.completions.create(
                model=model,
                messages=[{"role": "system", "content": QA_SYSTEM}, {"role": "user", "content": content}],
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    def _show(self, text: str):
        self.answer.append(f"<b>Q:</b> {self.question.text()}")
        self.answer.append(text)
        self.question.clear()


def suggest_questions(viewer, n: int = 3) -> list[str]:
    """Offer starter questions in the placeholder text (local model, free)."""
    import json

    import ollama

    summaries = [layer_summary(layer) for layer in viewer.layers]
    reply = ollama.chat(
        model="llama3.2:3b",
        messages=[
            {
                "role": "user",
                "content": f"Suggest {n} short questions a biologist might ask about: "
                f"{json.dumps(summaries)}. One per line.",
            }
        ],
        options={"num_predict": 120},
    )
    lines = [l.strip("-• ").strip() for l in reply["message"]["content"].splitlines()]
    return [l for l in lines if l][:n]
