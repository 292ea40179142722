"""Code helpers backed by Codestral.

Written before the shared client module existed; it keeps its own Mistral client because
Codestral used a separate key/endpoint for a while.
"""
from __future__ import annotations

import asyncio
import logging
import os
from typing import Any, Optional

from mistralai import Mistral

from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

CODESTRAL_MODEL = os.getenv("CODESTRAL_MODEL", "codestral-latest")

_codestral: Optional[Mistral] = None


def _client() -> Mistral:
    global _codestral
    if _codestral is None:
        _codestral = Mistral(
            api_key=os.getenv("CODESTRAL_API_KEY") or os.environ["MISTRAL_API_KEY"],
            server_url=os.getenv("CODESTRAL_URL") or None,
        )
    return _codestral


REVIEW_PROMPT = """You are reviewing a snippet pasted into Slack by an engineer.
Point out bugs, risky patterns and missing edge cases. Be concrete and brief; use bullet points.
If the code looks fine, say so in one line."""


@register_tool
class ReviewSnippet(Tool):
    name = "review_code"
    description = "Review a code snippet for bugs and risky patterns."
    input_schema = {
        "type": "object",
        "properties": {
            "code": {"type": "string"},
            "language": {"type": "string"},
        },
        "required": ["code"],
    }

    async def run(self, ctx: ToolContext, code: str, language: str = "", **_: Any) -> ToolResult:
        fence = f"```{language}\n{code}\n```"

        def _review() -> str:
            resp = _client().chat.complete(
                model=CODESTRAL_MODEL,
                messages=[
                    {"role": "system", "content": REVIEW_PROMPT},
                    {"role": "user", "content": fence},
                ],
                temperature=0.2,
            )
            return resp.choices[0].message.content

        return ToolResult(await asyncio.to_thread(_review))


@register_tool
class FillInCode(Tool):
    name = "complete_code"
    description = "Fill in the missing middle of a function given the code before and after the gap."
    input_schema = {
        "type": "object",
        "properties": {
            "prefix": {"type": "string"},
            "suffix": {"type": "string"},
        },
        "required": ["prefix"],
    }

    async def run(self, ctx: ToolContext, prefix: str, suffix: str = "", **_: Any) -> ToolResult:
        resp = await asyncio.to_thread(
            _client().fim.complete,
            model=CODESTRAL_MODEL,
            prompt=prefix,
            suffix=suffix,
            max_tokens=256,
            temperature=0.0,
        )
        middle = resp.choices[0].message.content
        return ToolResult(f"```\n{prefix}{middle}{suffix}\n```")
