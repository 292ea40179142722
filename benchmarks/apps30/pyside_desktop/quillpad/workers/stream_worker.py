"""Streaming worker on a dedicated QThread so chunks arrive in order."""
from __future__ import annotations

import logging

from PySide6.QtCore import QThread, Signal

from quillpad.services.offline import OfflineProvider
from quillpad.services.providers import BaseProvider, build_provider
from quillpad.settings import AppSettings

log = logging.getLogger(__name__)


class StreamThread(QThread):
    chunk = Signal(str)
    failed = Signal(str)
    done = Signal(str)

    def __init__(self, settings: AppSettings, messages: list[dict], parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._messages = messages
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _provider(self) -> BaseProvider:
        if self._settings.offline_mode:
            return OfflineProvider()
        return build_provider(self._settings.provider_config())

    def run(self) -> None:
        buf: list[str] = []
        try:
            for piece in self._provider().stream(self._messages):
                if self._cancel or self.isInterruptionRequested():
                    break
                buf.append(piece)
                self.chunk.emit(piece)
        except Exception as exc:  # noqa: BLE001
            log.exception("stream failed")
            self.failed.emit(str(exc))
            return
        self.done.emit("".join(buf))


class AnthropicStreamThread(QThread):
    """Used by the 'Draft with Claude' dialog; predates StreamThread."""

    chunk = Signal(str)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, client, model: str, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self.client = client
        self.model = model
        self.prompt = prompt

    def run(self) -> None:
        try:
            stream = self.client.messages.create(
                model=self.model,
                max_tokens=2048,
                messages=[{"role": "user", "content": self.prompt}],
                stream=True,
            )
            out = []
            for event in stream:
                if event.type == "content_block_delta" and event.delta.type == "text_delta":
                    out.append(event.delta.text)
                    self.chunk.emit(event.delta.text)
            self.done.emit("".join(out))
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(str(exc))
