from __future__ import annotations

from typing import AsyncIterator

from app.llm import get_async_openai
from app.llm.prompts import QA, number_passages
from app.search.retriever import get_retriever
from app.services.llm_usage_tracker import llm_tracker

QA_MODEL = "gpt-4o"


async def answer_question(question: str, doc_id: str | None, top_k: int) -> tuple[str, list[str]]:
    passages = get_retriever().search(question, doc_id, top_k)
    client = get_async_openai()
    async with llm_tracker.track_llm_call(provider="openai", model=QA_MODEL, feature_context="qa") as usage_log:
        resp = await client.responses.create(
            model=QA_MODEL,
            instructions=QA.system,
            input=QA.format(question=question, passages=number_passages(passages)),
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    return resp.output_text, passages


async def stream_answer(question: str, doc_id: str | None, top_k: int) -> AsyncIterator[str]:
    passages = get_retriever().search(question, doc_id, top_k)
    client = get_async_openai()
    stream = await client.chat.completions.create(
        model=QA_MODEL,
        messages=[
            {"role": "system", "content": QA.system},
            {"role": "user", "content": QA.format(question=question, passages=number_passages(passages))},
        ],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
