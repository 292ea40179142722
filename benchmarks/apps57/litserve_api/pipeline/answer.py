"""Answer generation. Streaming path is Anthropic-only; the non-streaming path goes through the registry."""
from __future__ import annotations

import logging
from typing import AsyncIterator, Iterator

from apis.llm.registry import ChatResult, get_provider
from pipeline.prompts import ANSWER_SYSTEM, answer_messages, format_context
from services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def generate_answer(question: str, passages: list[str], provider: str, max_tokens: int = 1024) -> ChatResult:
    entry = get_provider(provider)
    return entry.chat(answer_messages(question, passages), max_tokens=max_tokens)


def stream_answer(client, question: str, passages: list[str], model: str, max_tokens: int = 1024) -> Iterator[str]:
    """Sync Anthropic streaming (used by the streaming LitAPI)."""
    with client.messages.stream(
        model=model,
        max_tokens=max_tokens,
        system=ANSWER_SYSTEM,
        messages=[{"role": "user", "content": f"Context:\n{format_context(passages)}\n\nQuestion: {question}"}],
    ) as stream:
        for text in stream.text_stream:
            yield text


async def astream_answer_openai(client, question: str, passages: list[str], model: str) -> AsyncIterator[str]:
    stream = await client.chat.completions.create(
        model=model, messages=answer_messages(question, passages), stream=True
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def answer_with_cohere_docs(co, question: str, passages: list[str], model: str = "command-r-plus") -> str:
    """Cohere's grounded generation: pass documents natively, get citations back."""
    resp = co.chat(
        model=model,
        messages=[{"role": "user", "content": question}],
        documents=[{"id": str(i), "data": {"text": p}} for i, p in enumerate(passages)],
    )
    return resp.message.content[0].text


async def summarize_for_followup(answer: str) -> str:
    # tracked path - this one is billed to the "followup" feature
    return await multi_model_service.generate_response(
        prompt=f"Suggest two short follow-up questions for this answer:\n\n{answer}",
        task_type="followup_suggestions",
        complexity=TaskComplexity.SIMPLE,
    )


async def astream_answer_cohere(aco, question: str, passages: list[str], model: str = "command-r-plus"):
    """Async Cohere streaming with native documents (used by the cohere-backed stream route)."""
    async for event in aco.chat_stream(
        model=model,
        messages=[{"role": "user", "content": question}],
        documents=[{"id": str(i), "data": {"text": p}} for i, p in enumerate(passages)],
    ):
        if event.type == "content-delta":
            yield event.delta.message.content.text


def answer_with_headers(client, question: str, passages: list[str], model: str) -> tuple[str, dict]:
    """OpenAI answer that also returns rate-limit headers (the autoscaler reads them)."""
    raw = client.chat.completions.with_raw_response.create(
        model=model, messages=answer_messages(question, passages)
    )
    completion = raw.parse()
    limits = {k: v for k, v in raw.headers.items() if k.startswith("x-ratelimit")}
    return completion.choices[0].message.content, limits
