"""Question answering over the loaded dataset and its notes."""
from __future__ import annotations

import logging

from assistant.config import get_settings
from assistant.data.loaders import Dataset
from assistant.features.retrieval import NoteIndex, search
from assistant.llm import ChatMessage, get_async_groq_client, get_provider
from assistant.llm.prompts import ANSWER_QUESTION, SYSTEM_ANALYST, render
from assistant.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


def _context(dataset: Dataset | None, snippets: list[str]) -> str:
    parts = []
    if dataset is not None:
        parts.append(f"Dataset '{dataset.name}' schema:\n{dataset.schema()}")
        parts.append("First rows:\n" + dataset.head_markdown(5))
    parts.extend(snippets)
    return "\n\n".join(parts) or "(none)"


class QuestionAnswerer:
    def __init__(self, provider_name: str | None = None):
        self.provider_name = provider_name or get_settings().default_provider
        self.index: NoteIndex | None = None

    async def answer(self, question: str, dataset: Dataset | None, history: list[dict]) -> str:
        snippets = await search(self.index, question) if self.index else []
        prompt = render(ANSWER_QUESTION, context=_context(dataset, snippets), question=question)
        messages = [ChatMessage(**h) for h in history[-8:]]
        messages.append(ChatMessage(role="user", content=prompt))
        provider = get_provider(self.provider_name)
        result = provider.complete(messages, system=SYSTEM_ANALYST)
        log.info(
            "answered with %s/%s (%d in, %d out)",
            result.provider, result.model, result.input_tokens, result.output_tokens,
        )
        return result.text


async def quick_hint(column: str, dataset: Dataset) -> str:
    """Tooltip text for a column header; tracked because it fires a lot."""
    settings = get_settings()
    groq = get_async_groq_client()
    sample = dataset.frame[column].dropna().head(20).tolist()
    async with llm_tracker.track_llm_call(
        provider="groq", model=settings.groq_model, feature_context="column_hint"
    ) as usage_log:
        completion = await groq.chat.completions.create(
            model=settings.groq_model,
            messages=[
                {"role": "system", "content": "One sentence, no preamble."},
                {"role": "user", "content": f"What might column '{column}' hold? Sample: {sample}"},
            ],
            max_tokens=60,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return completion.choices[0].message.content.strip()


async def suggest_followups(question: str, answer: str) -> list[str]:
    groq = get_async_groq_client()
    completion = await groq.chat.completions.create(
        model=get_settings().groq_model,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Q: {question}\nA: {answer}\n"
                    "Suggest three short follow-up questions, one per line."
                ),
            }
        ],
        max_tokens=120,
        temperature=0.7,
    )
    text = completion.choices[0].message.content or ""
    return [line.strip("-• ").strip() for line in text.splitlines() if line.strip()][:3]
