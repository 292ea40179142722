"""Batch jobs over a whole document (proofread every paragraph, etc.)."""
from __future__ import annotations

import asyncio
import concurrent.futures as cf
import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, Signal, Slot

from quillpad.services import get_deepseek_client, get_watsonx_model
from quillpad.services.llm_usage_tracker import llm_tracker
from quillpad.settings import AppSettings

log = logging.getLogger(__name__)

PROOFREAD_PROMPT = (
    "Fix spelling and grammar in the paragraph below. Return only the corrected paragraph.\n\n{para}"
)


@dataclass
class BatchResult:
    index: int
    original: str
    revised: str


class BatchSignals(QObject):
    item = Signal(object)
    progress = Signal(int, int)
    finished = Signal(list)
    error = Signal(str)


class ProofreadBatch(QRunnable):
    def __init__(self, settings: AppSettings, paragraphs: list[str], max_workers: int = 3) -> None:
        super().__init__()
        self.settings = settings
        self.paragraphs = paragraphs
        self.max_workers = max_workers
        self.signals = BatchSignals()
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _proofread_watsonx(self, para: str) -> str:
        model = get_watsonx_model()
        return model.generate_text(
            prompt=PROOFREAD_PROMPT.format(para=para),
            params={"max_new_tokens": 512, "decoding_method": "greedy"},
        ).strip()

    def _proofread_deepseek(self, para: str) -> str:
        client = get_deepseek_client()
        resp = client.chat.completions.create(
            model=self.settings.model_for("deepseek"),
            messages=[{"role": "user", "content": PROOFREAD_PROMPT.format(para=para)}],
            temperature=0,
        )
        return resp.choices[0].message.content.strip()

    @Slot()
    def run(self) -> None:
        fn = self._proofread_watsonx if self.settings.active_provider == "watsonx" else self._proofread_deepseek
        results: list[BatchResult] = []
        total = len(self.paragraphs)
        try:
            with cf.ThreadPoolExecutor(max_workers=self.max_workers) as ex:
                futures = {
                    ex.submit(fn, para): i
                    for i, para in enumerate(self.paragraphs)
                    if para.strip()
                }
                for done, fut in enumerate(cf.as_completed(futures), start=1):
                    if self._cancelled:
                        break
                    i = futures[fut]
                    res = BatchResult(i, self.paragraphs[i], fut.result())
                    results.append(res)
                    self.signals.item.emit(res)
                    self.signals.progress.emit(done, total)
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))
            return
        results.sort(key=lambda r: r.index)
        self.signals.finished.emit(results)


class TrackedSummaryBatch(QRunnable):
    """Summarise each chapter; tracked because these docs get long."""

    def __init__(self, settings: AppSettings, chapters: list[str]) -> None:
        super().__init__()
        self.settings = settings
        self.chapters = chapters
        self.signals = BatchSignals()

    async def _summarise(self, chapter: str) -> str:
        client = get_deepseek_client()
        model = self.settings.model_for("deepseek")
        async with llm_tracker.track_llm_call(
            provider="deepseek", model=model, feature_context="chapter_summary"
        ) as usage_log:
            resp = await asyncio.to_thread(
                client.chat.completions.create,
                model=model,
                messages=[{"role": "user", "content": f"Summarise in 3 sentences:\n\n{chapter}"}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    async def _all(self) -> list[str]:
        return await asyncio.gather(*(self._summarise(c) for c in self.chapters))

    @Slot()
    def run(self) -> None:
        try:
            summaries = asyncio.run(self._all())
        except Exception as exc:  # noqa: BLE001
            self.signals.error.emit(str(exc))
            return
        self.signals.finished.emit(list(summaries))
