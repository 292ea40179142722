"""Ticket translation.  DeepSeek is ~10x cheaper than gpt-4o for this and the
quality was indistinguishable in the March eval."""
from __future__ import annotations

from ..clients import get_deepseek_client
from .llm_usage_tracker import llm_tracker

SYSTEM = "Translate the user's message into {lang}. Keep product names and code blocks unchanged."


async def translate(text: str, target_lang: str = "English") -> str:
    client = get_deepseek_client()
    resp = await client.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": SYSTEM.format(lang=target_lang)},
            {"role": "user", "content": text},
        ],
        temperature=0.1,
    )
    return resp.choices[0].message.content


async def translate_tracked(text: str, target_lang: str = "English") -> str:
    """Same as :func:`translate` but records usage; switch callers over (DP-455)."""
    client = get_deepseek_client()
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-chat", feature_context="translation"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": SYSTEM.format(lang=target_lang)},
                {"role": "user", "content": text},
            ],
            temperature=0.1,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def detect_language(text: str) -> str:
    resp = await get_deepseek_client().chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language only."},
            {"role": "user", "content": text[:500]},
        ],
        max_tokens=4,
    )
    return (resp.choices[0].message.content or "en").strip().lower()
