"""``tracked_summarizer``: the summariser rewritten on top of multi_model_service.

Meant to replace ``llm_summarizer`` once the finops dashboards are live.
"""
from __future__ import annotations

import asyncio
from typing import Iterable, Iterator, List

from spacy.language import Language
from spacy.tokens import Doc

from ..prompts import SUMMARY_STYLES
from ..services.multi_model_service import TaskComplexity, multi_model_service


@Language.factory(
    "tracked_summarizer",
    default_config={"task_type": "summary", "complexity": "simple", "style": "abstract"},
    assigns=["doc._.summary"],
)
def make_tracked_summarizer(nlp, name, task_type: str, complexity: str, style: str):
    return TrackedSummarizer(task_type, TaskComplexity(complexity), style)


class TrackedSummarizer:
    def __init__(self, task_type: str, complexity: TaskComplexity, style: str) -> None:
        self.task_type = task_type
        self.complexity = complexity
        self.style = style

    def __call__(self, doc: Doc) -> Doc:
        doc._.summary = asyncio.run(self._summarize(doc.text))
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        docs = list(stream)
        summaries = asyncio.run(self._summarize_many([d.text for d in docs]))
        for doc, summary in zip(docs, summaries):
            doc._.summary = summary
            yield doc

    async def _summarize(self, text: str) -> str:
        return await multi_model_service.generate_response(
            prompt=text,
            system=SUMMARY_STYLES[self.style],
            task_type=self.task_type,
            complexity=self.complexity,
            max_tokens=300,
        )

    async def _summarize_many(self, texts: List[str]) -> List[str]:
        return list(await asyncio.gather(*(self._summarize(t) for t in texts)))
