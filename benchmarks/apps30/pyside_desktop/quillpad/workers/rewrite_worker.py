"""Rewrite/continue workers used by the editor's context menu."""
from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QRunnable, Slot

from quillpad.services import TaskComplexity, get_openai_client, multi_model_service
from quillpad.services.offline import offline_registry
from quillpad.services.providers import build_provider
from quillpad.settings import AppSettings
from quillpad.workers.base import WorkerSignals, submit

log = logging.getLogger(__name__)

REWRITE_SYSTEM = (
    "You are an editor. Rewrite the user's text in the requested style. "
    "Keep the meaning, keep the language, return only the rewritten text."
)


class RewriteRunnable(QRunnable):
    def __init__(self, settings: AppSettings, text: str, style: str) -> None:
        super().__init__()
        self.settings = settings
        self.text = text
        self.style = style
        self.signals = WorkerSignals()

    @Slot()
    def run(self) -> None:
        messages = [
            {"role": "system", "content": REWRITE_SYSTEM},
            {"role": "user", "content": f"Style: {self.style}\n\n{self.text}"},
        ]
        try:
            if self.settings.offline_mode:
                provider = offline_registry.create(self.settings.active_provider)
            else:
                provider = build_provider(self.settings.provider_config())
            self.signals.result.emit(provider.complete(messages))
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))
        finally:
            self.signals.finished.emit()


class TrackedRewriteRunnable(RewriteRunnable):
    """Same as above but goes through the tracked service (usage dashboard)."""

    @Slot()
    def run(self) -> None:
        try:
            text = asyncio.run(
                multi_model_service.generate_response(
                    prompt=f"Style: {self.style}\n\n{self.text}",
                    task_type="rewrite",
                    complexity=TaskComplexity.SIMPLE,
                    system=REWRITE_SYSTEM,
                )
            )
            self.signals.result.emit(text)
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))
        finally:
            self.signals.finished.emit()


def continue_writing(text: str, model: str = "gpt-4o-mini", on_result=None, on_error=None):
    """'Continue from cursor' always used OpenAI; kept that way for now."""
    client = get_openai_client()

    def _call() -> str:
        resp = client.responses.create(
            model=model,
            instructions="Continue the user's draft for one or two sentences, same voice.",
            input=text[-4000:],
            max_output_tokens=200,
        )
        return resp.output_text

    return submit(_call, on_result=on_result, on_error=on_error)


def make_rewrite_job(settings: AppSettings, text: str, style: str) -> QRunnable:
    if settings.use_tracked_service and not settings.offline_mode:
        return TrackedRewriteRunnable(settings, text, style)
    return RewriteRunnable(settings, text, style)
