"""QThread that streams tokens into the editor as they arrive."""
from __future__ import annotations

import logging

from PyQt6.QtCore import QThread, pyqtSignal

from quill import config
from quill.engine import get_anthropic_client, get_genai_client, make_client
from quill.engine.prompts import SYSTEM_EDITOR

log = logging.getLogger(__name__)


class StreamThread(QThread):
    chunk = pyqtSignal(str)
    done = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, prompt: str, provider: str | None = None, model: str | None = None, parent=None):
        super().__init__(parent)
        self.prompt = prompt
        self.provider = provider or config.preferred_provider()
        self.model = model or config.default_model(self.provider)
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        parts: list[str] = []
        try:
            for piece in self._iter_stream():
                if self._cancelled or self.isInterruptionRequested():
                    break
                parts.append(piece)
                self.chunk.emit(piece)
        except Exception as exc:  # noqa: BLE001
            log.exception("stream failed")
            self.failed.emit(str(exc))
            return
        self.done.emit("".join(parts))

    def _iter_stream(self):
        if self.provider == "anthropic":
            yield from self._stream_anthropic()
        elif self.provider == "google":
            yield from self._stream_gemini()
        else:
            yield from self._stream_openai_compatible()

    def _stream_anthropic(self):
        client = get_anthropic_client()
        with client.messages.stream(
            model=self.model,
            max_tokens=2048,
            system=SYSTEM_EDITOR,
            messages=[{"role": "user", "content": self.prompt}],
        ) as stream:
            for text in stream.text_stream:
                yield text

    def _stream_gemini(self):
        for chunk in get_genai_client().models.generate_content_stream(
            model=self.model, contents=self.prompt
        ):
            if chunk.text:
                yield chunk.text

    def _stream_openai_compatible(self):
        # openai / groq / xai
        client = make_client(self.provider)
        stream = client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_EDITOR},
                {"role": "user", "content": self.prompt},
            ],
            stream=True,
        )
        for event in stream:
            if event.choices and event.choices[0].delta.content:
                yield event.choices[0].delta.content
