"""Article translation. DeepSeek is cheap and good enough for drafts."""
from __future__ import annotations

import logging

from kb_api.llm_clients import get_deepseek_client
from kb_api.services.llm_usage_tracker import llm_tracker
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

LANG_NAMES = {"de": "German", "fr": "French", "es": "Spanish", "ja": "Japanese", "pt": "Portuguese"}


def _prompt(text: str, target: str) -> list[dict]:
    return [
        {
            "role": "system",
            "content": f"Translate the user's markdown into {LANG_NAMES.get(target, target)}. "
            "Keep code blocks and links untouched.",
        },
        {"role": "user", "content": text},
    ]


async def translate_markdown(text: str, target: str) -> str:
    client = get_deepseek_client()
    completion = await client.chat.completions.create(
        model=get_settings().deepseek_model,
        messages=_prompt(text, target),
        temperature=0.2,
    )
    return completion.choices[0].message.content or ""


async def translate_title(title: str, target: str) -> str:
    """Tracked variant, added after the FinOps review (TODO: move translate_markdown too)."""
    settings = get_settings()
    async with llm_tracker.track_llm_call(
        provider="deepseek", model=settings.deepseek_model, feature_context="translate_title"
    ) as usage_log:
        completion = await get_deepseek_client().chat.completions.create(
            model=settings.deepseek_model,
            messages=_prompt(title, target),
            max_tokens=60,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return (completion.choices[0].message.content or title).strip()
