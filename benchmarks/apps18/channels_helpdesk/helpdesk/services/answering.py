"""Answer customer questions from the knowledge base (RAG)."""
from __future__ import annotations

import logging
from typing import AsyncIterator

import litellm
from django.conf import settings

from helpdesk.clients import get_router
from helpdesk.knowledge import Retriever
from helpdesk.prompts import SUPPORT_SYSTEM_PROMPT, PromptBuilder

logger = logging.getLogger("helpdesk.answering")

NO_ANSWER = "I'm not completely sure about this one - let me get a colleague to take a look."


async def build_messages(question: str, history: list[dict] | None = None, locale: str = "en") -> tuple[list[dict], list]:
    hits = await Retriever().search(question, locale=locale)
    builder = PromptBuilder(system=SUPPORT_SYSTEM_PROMPT)
    for h in hits:
        builder.add_context(h.article_title, h.text)
    for turn in history or []:
        builder.add_history(turn["role"], turn["content"])
    return builder.generate(question), hits


async def stream_answer(question: str, history: list[dict] | None = None, locale: str = "en") -> AsyncIterator[str]:
    """Yields answer text pieces. Used by CustomerChatConsumer."""
    messages, hits = await build_messages(question, history, locale)
    if not hits:
        yield NO_ANSWER
        return

    router = get_router()
    response = await router.acompletion(
        model=settings.HELPDESK_LLM["ANSWER_MODEL"],
        messages=messages,
        stream=True,
        temperature=0.1,
        max_tokens=700,
    )
    async for part in response:
        delta = part.choices[0].delta.content if part.choices else None
        if delta:
            yield delta


def answer_once(question: str, context: str, model: str | None = None) -> str:
    """Blocking variant for the admin 'test answer' button and a few scripts.

    Written before the router existed; still calls litellm directly.
    """
    model = model or f"openai/{settings.HELPDESK_LLM['DEFAULT_CHAT_MODEL']}"
    resp = litellm.completion(
        model=model,
        messages=[
            {"role": "system", "content": SUPPORT_SYSTEM_PROMPT + "\n\n" + context},
            {"role": "user", "content": question},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content or NO_ANSWER
