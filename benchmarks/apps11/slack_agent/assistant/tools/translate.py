"""Translation and tone rewriting, both on Groq because they need to feel instant."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

from assistant.config import get_settings
from assistant.llm.clients import get_provider_client
from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

_TRANSLATE_SYSTEM = (
    "You are a translator for a software company. Translate the user's text into {lang}. "
    "Keep Slack formatting, code blocks, @mentions and emoji codes unchanged. Output only the translation."
)


@register_tool
class Translate(Tool):
    name = "translate"
    description = "Translate a piece of text into another language, preserving Slack formatting."
    input_schema = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "target_language": {"type": "string", "description": "e.g. German, Japanese, pt-BR"},
        },
        "required": ["text", "target_language"],
    }

    async def run(self, ctx: ToolContext, text: str, target_language: str, **_: Any) -> ToolResult:
        completion = await asyncio.to_thread(
            ctx.groq.chat.completions.create,
            model=get_settings().models.translate_model,
            messages=[
                {"role": "system", "content": _TRANSLATE_SYSTEM.format(lang=target_language)},
                {"role": "user", "content": text},
            ],
            temperature=0.0,
            max_tokens=2048,
        )
        return ToolResult(completion.choices[0].message.content or "")


@register_tool
class RewriteTone(Tool):
    name = "rewrite_tone"
    description = "Rewrite a message in a different tone (friendlier, more formal, shorter...)."
    input_schema = {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "tone": {"type": "string"},
        },
        "required": ["text", "tone"],
    }
    # which backend to use is configurable per deployment; groq is the default
    provider = "groq"
    model = "llama-3.1-8b-instant"

    async def run(self, ctx: ToolContext, text: str, tone: str, **_: Any) -> ToolResult:
        client = get_provider_client(self.provider)

        def _rewrite() -> str:
            out = client.chat.completions.create(
                model=self.model,
                messages=[
                    {"role": "system", "content": f"Rewrite the message to sound {tone}. Keep the meaning."},
                    {"role": "user", "content": text},
                ],
                temperature=0.4,
            )
            return out.choices[0].message.content or ""

        return ToolResult(await asyncio.to_thread(_rewrite))
