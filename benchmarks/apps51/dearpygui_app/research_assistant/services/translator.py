"""Translate selected text. Gemini by default, Claude for 'formal' style."""
from __future__ import annotations

import asyncio

from research_assistant.providers import gemini_legacy
from research_assistant.providers.factory import get_anthropic_client
from research_assistant.services.llm_usage_tracker import llm_tracker
from research_assistant.services.multi_model_service import TaskComplexity, multi_model_service

LANGUAGES = ["English", "German", "French", "Spanish", "Italian", "Portuguese", "Japanese", "Chinese"]


def _prompt(text: str, target: str, style: str) -> str:
    return (
        f"Translate the following text into {target}. Style: {style}. "
        f"Return only the translation.\n\n{text}"
    )


def translate_gemini(text: str, target: str, style: str = "neutral") -> str:
    model = gemini_legacy.get_model("You are a professional translator.")
    result = model.generate_content(_prompt(text, target, style))
    return result.text.strip()


async def translate_gemini_async(text: str, target: str) -> str:
    model = gemini_legacy.get_model()
    result = await model.generate_content_async(_prompt(text, target, "neutral"))
    return result.text.strip()


async def translate_claude_tracked(text: str, target: str, style: str = "formal") -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-sonnet-20240620", feature_context="translate"
    ) as usage_log:
        msg = await asyncio.to_thread(
            client.messages.create,
            model="claude-3-5-sonnet-20240620",
            max_tokens=2048,
            messages=[{"role": "user", "content": _prompt(text, target, style)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def translate_tracked(text: str, target: str) -> str:
    return await multi_model_service.generate_response(
        prompt=_prompt(text, target, "neutral"),
        task_type="translate",
        complexity=TaskComplexity.SIMPLE,
    )


def translate(text: str, target: str, provider: str = "google", style: str = "neutral") -> str:
    if provider == "google":
        return translate_gemini(text, target, style)
    if provider == "claude":
        return asyncio.run(translate_claude_tracked(text, target, style))
    return asyncio.run(translate_tracked(text, target))


def translate_batch(snippets: list[str], target: str, provider: str = "google") -> list[str]:
    """Used by the 'translate all highlights' action; sequential to stay under rate limits."""
    out: list[str] = []
    for snippet in snippets:
        if not snippet.strip():
            out.append("")
            continue
        try:
            out.append(translate(snippet, target, provider))
        except Exception as exc:  # noqa: BLE001
            out.append(f"[translation failed: {exc}]")
    return out
