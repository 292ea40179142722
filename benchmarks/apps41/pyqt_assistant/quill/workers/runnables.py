"""QRunnable workers submitted to QThreadPool.globalInstance().

Workers receive their SDK client from the caller (the main window passes
whatever ``engine.make_client`` returned) so they never read settings from
a pool thread.
"""
from __future__ import annotations

import asyncio
import logging
import traceback

from PyQt6.QtCore import QObject, QRunnable, pyqtSignal, pyqtSlot

from quill.engine import prompts
from quill.tracking import TaskComplexity, llm_tracker, multi_model_service

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """Signals available from a running QRunnable.

    QRunnable is not a QObject, so each worker owns one of these.
    """

    started = pyqtSignal()
    result = pyqtSignal(str)
    error = pyqtSignal(str)
    finished = pyqtSignal()
    usage = pyqtSignal(str, int, int)  # model, input tokens, output tokens
    progress = pyqtSignal(int)


class BaseWorker(QRunnable):
    def __init__(self):
        super().__init__()
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def work(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    @pyqtSlot()
    def run(self) -> None:
        self.signals.started.emit()
        try:
            text = self.work()
        except Exception as exc:  # noqa: BLE001
            log.debug("worker failed: %s", traceback.format_exc())
            self.signals.error.emit(str(exc))
        else:
            self.signals.result.emit(text)
        finally:
            self.signals.finished.emit()


class RewriteWorker(BaseWorker):
    """Rewrite a selection in a given tone using an OpenAI-compatible client.

    Works for OpenAI, Groq and xAI clients since they share the same shape.
    """

    def __init__(self, client, model: str, text: str, tone: str = "clearer"):
        super().__init__()
        self.client = client
        self.model = model
        self.text = text
        self.tone = tone

    def work(self) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=prompts.chat_messages(prompts.REWRITE.format(tone=self.tone, text=self.text)),
            temperature=0.4,
        )
        if resp.usage:
            self.signals.usage.emit(self.model, resp.usage.prompt_tokens, resp.usage.completion_tokens)
        return resp.choices[0].message.content or ""


class SummarizeWorker(BaseWorker):
    """Summaries go to Claude; long docs are its strong suit."""

    def __init__(self, anthropic_client, text: str, sentences: int = 3,
                 model: str = "claude-3-5-haiku-latest"):
        super().__init__()
        self._client = anthropic_client
        self.text = text
        self.sentences = sentences
        self.model = model

    def work(self) -> str:
        message = self._client.messages.create(
            model=self.model,
            max_tokens=800,
            system=prompts.SYSTEM_EDITOR,
            messages=[
                {
                    "role": "user",
                    "content": prompts.SUMMARIZE.format(sentences=self.sentences, text=self.text),
                }
            ],
        )
        self.signals.usage.emit(self.model, message.usage.input_tokens, message.usage.output_tokens)
        return message.content[0].text


class OutlineWorker(BaseWorker):
    def __init__(self, genai_client, text: str, model: str = "gemini-2.0-flash"):
        super().__init__()
        self.genai = genai_client
        self.text = text
        self.model = model

    def work(self) -> str:
        response = self.genai.models.generate_content(
            model=self.model,
            contents=prompts.OUTLINE.format(text=self.text),
        )
        return response.text or ""


class ContinueWorker(BaseWorker):
    """Continue-writing goes through the tracked service (added in 0.8)."""

    def __init__(self, text: str, words: int = 150):
        super().__init__()
        self.text = text
        self.words = words

    def work(self) -> str:
        return asyncio.run(
            multi_model_service.generate_response(
                prompt=prompts.CONTINUE.format(words=self.words, text=self.text),
                task_type="continue_writing",
                complexity=TaskComplexity.STANDARD,
            )
        )


class TrackedWorker(BaseWorker):
    """Generic worker for legacy call sites wrapped with the usage tracker."""

    def __init__(self, client, model: str, prompt: str, feature: str):
        super().__init__()
        self.client = client
        self.model = model
        self.prompt = prompt
        self.feature = feature

    async def _go(self) -> str:
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context=self.feature
        ) as usage_log:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": self.prompt}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    def work(self) -> str:
        return asyncio.run(self._go())
