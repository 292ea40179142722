"""Standup helper: turns a brain-dump into Yesterday / Today / Blockers."""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

from openai import OpenAI

from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

STANDUP_MODEL = os.getenv("STANDUP_MODEL", "gpt-4o-mini")

# Kept separate from the shared client on purpose: standup traffic is billed to the
# Engineering Productivity project key.
_openai = OpenAI(api_key=os.getenv("STANDUP_OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY"))

FORMAT = """Rewrite the notes as a standup update with three sections:
*Yesterday*, *Today*, *Blockers* (write "none" if there are none).
Use short bullets. Keep ticket keys like ABC-123 verbatim."""


@register_tool
class Standup(Tool):
    name = "format_standup"
    description = "Format rough notes into a Yesterday / Today / Blockers standup update."
    input_schema = {
        "type": "object",
        "properties": {"notes": {"type": "string"}},
        "required": ["notes"],
    }

    async def run(self, ctx: ToolContext, notes: str, **_: Any) -> ToolResult:
        def _format() -> str:
            chat = _openai.chat.completions.create(
                model=STANDUP_MODEL,
                messages=[
                    {"role": "system", "content": FORMAT},
                    {"role": "user", "content": notes},
                ],
                temperature=0.2,
                user=ctx.slack_user,
            )
            return chat.choices[0].message.content or ""

        text = await asyncio.to_thread(_format)
        return ToolResult(text)
