"""Background workers. Network calls must never run on the GUI thread or Krita
freezes; results come back through Qt signals (queued across threads)."""
from __future__ import annotations

import base64
import logging
import traceback

from PyQt5.QtCore import QObject, QRunnable, QThread, pyqtSignal, pyqtSlot

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    finished = pyqtSignal(object)
    failed = pyqtSignal(str)
    progress = pyqtSignal(str)


class FunctionRunnable(QRunnable):
    """Runs any callable in the global thread pool."""

    def __init__(self, fn, *args, **kwargs) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    @pyqtSlot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001
            log.error("worker failed: %s", traceback.format_exc())
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)


class OpenAIImageRunnable(QRunnable):
    """Kept separate from the backend because it reports partial progress and
    lets the docker pick `quality`. (Predates backends/openai_backend.py.)"""

    def __init__(self, client, prompt: str, size: str = "1024x1024", quality: str = "medium",
                 model: str = "gpt-image-1") -> None:
        super().__init__()
        self.client = client
        self.prompt = prompt
        self.size = size
        self.quality = quality
        self.model = model
        self.signals = WorkerSignals()

    def run(self) -> None:
        self.signals.progress.emit("Generating…")
        try:
            result = self.client.images.generate(
                model=self.model,
                prompt=self.prompt,
                size=self.size,
                quality=self.quality,
            )
            png = base64.b64decode(result.data[0].b64_json)
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(png)


class ReplicatePredictionRunnable(QRunnable):
    """Fire-and-forget prediction on an official Replicate model; the docker polls
    the returned prediction object itself."""

    def __init__(self, client, model: str, inputs: dict) -> None:
        super().__init__()
        self.client = client
        self.model = model
        self.inputs = inputs
        self.signals = WorkerSignals()

    def run(self) -> None:
        try:
            prediction = self.client.models.predictions.create(model=self.model, input=self.inputs)
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(prediction)


class StreamingChatThread(QThread):
    """Streams a chat completion token by token into the docker text box."""

    delta = pyqtSignal(str)
    done = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, client, model: str, messages: list[dict], parent=None) -> None:
        super().__init__(parent)
        self.client = client
        self.model = model
        self.messages = messages
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:
        parts: list[str] = []
        try:
            stream = self.client.chat.completions.create(
                model=self.model,
                messages=self.messages,
                stream=True,
            )
            for chunk in stream:
                if self._stop:
                    stream.close()
                    break
                if not chunk.choices:
                    continue
                piece = chunk.choices[0].delta.content or ""
                if piece:
                    parts.append(piece)
                    self.delta.emit(piece)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(str(exc))
            return
        self.done.emit("".join(parts))


class AnthropicStreamThread(QThread):
    """Same as StreamingChatThread for the Anthropic backend."""

    delta = pyqtSignal(str)
    done = pyqtSignal(str)
    failed = pyqtSignal(str)

    def __init__(self, backend, system: str, prompt: str, parent=None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.system = system
        self.prompt = prompt

    def run(self) -> None:
        try:
            result = self.backend.stream_complete(self.system, self.prompt, self.delta.emit)
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(str(exc))
            return
        self.done.emit(result.text)
