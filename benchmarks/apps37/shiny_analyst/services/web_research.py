"""Background research via Perplexity's OpenAI-compatible API."""
from __future__ import annotations

from dataclasses import dataclass, field

from openai import AsyncOpenAI

from config import get_settings
from services import prompts
from services.clients import get_perplexity_client


@dataclass
class ResearchResult:
    answer: str
    citations: list[str] = field(default_factory=list)


async def research(topic: str, columns: list[str], client: AsyncOpenAI | None = None) -> ResearchResult:
    client = client or get_perplexity_client()
    completion = await client.chat.completions.create(
        model=get_settings().perplexity_model,
        messages=[
            {"role": "system", "content": "Be precise and cite sources."},
            {"role": "user", "content": prompts.research_prompt(topic, columns)},
        ],
    )
    citations = getattr(completion, "citations", None) or []
    return ResearchResult(answer=completion.choices[0].message.content or "", citations=list(citations))


async def stream_research(topic: str, columns: list[str]):
    """Yields text chunks; used by the chat panel's /research command."""
    stream = await get_perplexity_client().chat.completions.create(
        model=get_settings().perplexity_model,
        messages=[{"role": "user", "content": prompts.research_prompt(topic, columns)}],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content
