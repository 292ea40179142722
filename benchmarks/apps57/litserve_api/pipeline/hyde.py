"""HyDE: embed a hypothetical answer instead of the question. Experimental, behind a flag."""
from __future__ import annotations

import asyncio

from apis.llm import get_async_openai_client, get_openai_client

HYDE_PROMPT = "Write a short passage that would answer the question below.\n\nQuestion: {q}"


def hypothetical_document(question: str, model: str = "gpt-4o-mini") -> str:
    client = get_openai_client()
    resp = client.responses.create(model=model, input=HYDE_PROMPT.format(q=question), max_output_tokens=200)
    return resp.output_text


async def hyde_vectors(questions: list[str], model: str = "gpt-4o-mini", embed_model: str = "text-embedding-3-small"):
    aclient = get_async_openai_client()
    docs = await asyncio.gather(
        *(
            aclient.responses.create(model=model, input=HYDE_PROMPT.format(q=q), max_output_tokens=200)
            for q in questions
        )
    )
    sync = get_openai_client()
    resp = await asyncio.to_thread(
        sync.embeddings.create, model=embed_model, input=[d.output_text for d in docs]
    )
    return [d.embedding for d in resp.data]
