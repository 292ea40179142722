"""Answer generation for RunbookQA (OpenAI)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator, List

from lib.prompts import RUNBOOK_SYSTEM, RUNBOOK_USER
from lib.retrieval import Passage, format_context
from lib.settings import MODELS

log = logging.getLogger(__name__)


@dataclass
class Answer:
    text: str
    sources: List[str]
    flagged: bool = False


class RunbookAnswerer:
    def __init__(self, client, model: str = "", temperature: float = 0.1) -> None:
        # client is the shared OpenAI client from lib.clients
        self._client = client
        self.model = model or MODELS.openai_chat
        self.temperature = temperature

    def is_flagged(self, text: str) -> bool:
        result = self._client.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)

    def answer(self, question: str, passages: List[Passage]) -> Answer:
        if not passages:
            return Answer("I couldn't find anything relevant in the runbooks.", [])
        completion = self._client.chat.completions.create(
            model=self.model,
            temperature=self.temperature,
            messages=[
                {"role": "system", "content": RUNBOOK_SYSTEM},
                {"role": "user", "content": RUNBOOK_USER.format(context=format_context(passages), question=question)},
            ],
        )
        text = completion.choices[0].message.content or ""
        sources = sorted({p.source for p in passages})
        return Answer(text, sources)

    def answer_stream(self, question: str, passages: List[Passage]) -> Iterator[str]:
        stream = self._client.responses.create(
            model=MODELS.openai_smart,
            instructions=RUNBOOK_SYSTEM,
            input=RUNBOOK_USER.format(context=format_context(passages), question=question),
            stream=True,
        )
        for event in stream:
            if event.type == "response.output_text.delta":
                yield event.delta


def followups(answer: Answer) -> List[str]:
    """Static follow-up suggestions shown under an answer."""
    tips = []
    if any("database" in s for s in answer.sources):
        tips.append("Check the DB on-call rota: `!oncall db`")
    if any("kafka" in s for s in answer.sources):
        tips.append("Consumer lag dashboard: https://grafana.internal/d/kafka-lag")
    return tips
