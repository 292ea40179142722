"""Provider registry: maps a provider name from config to a coroutine that summarises text.

Introduced so the crawl can A/B providers per-domain (see `domain_overrides` in main.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from product_crawler.config import get_settings
from product_crawler.llm.clients import get_async_openai_client, get_fireworks_client, get_genai_client
from product_crawler.llm.prompts import SUMMARY_SYSTEM, build_summary_prompt

SummaryFn = Callable[[str, str], Awaitable[str]]


async def _openai_summary(title: str, body: str) -> str:
    client = get_async_openai_client()
    resp = await client.responses.create(
        model=get_settings().summary_model,
        instructions=SUMMARY_SYSTEM,
        input=build_summary_prompt(title, body),
        max_output_tokens=220,
    )
    return resp.output_text


async def _gemini_summary(title: str, body: str) -> str:
    resp = await get_genai_client().aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=build_summary_prompt(title, body),
    )
    return resp.text or ""


async def _fireworks_summary(title: str, body: str) -> str:
    client = get_fireworks_client()
    resp = await client.chat.completions.create(
        model=get_settings().fireworks_model,
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": build_summary_prompt(title, body)},
        ],
        max_tokens=220,
    )
    return resp.choices[0].message.content or ""


SUMMARY_PROVIDERS: dict[str, SummaryFn] = {
    "openai": _openai_summary,
    "gemini": _gemini_summary,
    "fireworks": _fireworks_summary,
}


def get_summary_fn(provider: str | None = None) -> SummaryFn:
    name = provider or get_settings().summary_provider
    try:
        return SUMMARY_PROVIDERS[name]
    except KeyError as exc:
        raise ValueError(f"unknown summary provider {name!r}; known: {sorted(SUMMARY_PROVIDERS)}") from exc
