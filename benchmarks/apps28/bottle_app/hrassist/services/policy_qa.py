"""Policy question answering.

``PolicyQA`` is built once in app.py with the chat client from the factory
(OpenAI or Azure depending on the deployment) and a Retriever.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from pydantic import BaseModel

from hrassist.prompts import SYSTEM_POLICY_QA, build_context
from hrassist.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class StructuredAnswer(BaseModel):
    answer: str
    cited_sections: list[int]
    confident: bool
    escalate_to_hr: bool


@dataclass
class Answer:
    text: str
    sources: list[str] = field(default_factory=list)
    provider: str = "openai"
    model: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    escalate: bool = False


class PolicyQA:
    def __init__(self, client, retriever, model: str = "gpt-4o-mini", temperature: float = 0.1):
        self._client = client
        self._retriever = retriever
        self.model = model
        self.temperature = temperature

    def _messages(self, question: str, context: str, history: list[dict] | None = None) -> list[dict]:
        messages = [{"role": "system", "content": SYSTEM_POLICY_QA}]
        for turn in (history or [])[-6:]:
            messages.append({"role": turn["role"], "content": turn["content"]})
        messages.append(
            {"role": "user", "content": f"Policy excerpts:\n{context}\n\nQuestion: {question}"}
        )
        return messages

    def answer(self, question: str, lang: str = "en", history: list[dict] | None = None) -> Answer:
        hits = self._retriever.search(question, lang=lang)
        context = build_context([h.chunk for h in hits])
        resp = self._client.responses.create(
            model=self.model,
            input=self._messages(question, context, history),
            temperature=self.temperature,
            max_output_tokens=600,
        )
        return Answer(
            text=resp.output_text,
            sources=sorted({h.chunk["doc_id"] for h in hits}),
            model=self.model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )

    def answer_structured(self, question: str, lang: str = "en") -> Answer:
        """Used by the Teams bot, which needs the escalate flag."""
        hits = self._retriever.search(question, lang=lang)
        context = build_context([h.chunk for h in hits])
        completion = self._client.chat.completions.parse(
            model=self.model,
            messages=self._messages(question, context),
            response_format=StructuredAnswer,
            temperature=0,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            return Answer(text="Sorry, I could not find that in the policies.", escalate=True)
        sources = [hits[i - 1].chunk["doc_id"] for i in parsed.cited_sections if 0 < i <= len(hits)]
        return Answer(
            text=parsed.answer,
            sources=sources,
            model=self.model,
            escalate=parsed.escalate_to_hr or not parsed.confident,
            input_tokens=completion.usage.prompt_tokens,
            output_tokens=completion.usage.completion_tokens,
        )

    async def answer_tracked(self, question: str, user_id: str, lang: str = "en") -> Answer:
        """Tracked variant used by the /ask/v2 endpoint (FinOps pilot)."""
        hits = self._retriever.search(question, lang=lang)
        context = build_context([h.chunk for h in hits])
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="policy_qa", user_id=user_id
        ) as usage_log:
            resp = self._client.chat.completions.create(
                model=self.model,
                messages=self._messages(question, context),
                temperature=self.temperature,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return Answer(
            text=resp.choices[0].message.content or "",
            sources=sorted({h.chunk["doc_id"] for h in hits}),
            model=self.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
        )

    def stream(self, question: str, lang: str = "en"):
        hits = self._retriever.search(question, lang=lang)
        context = build_context([h.chunk for h in hits])
        stream = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(question, context),
            temperature=self.temperature,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
