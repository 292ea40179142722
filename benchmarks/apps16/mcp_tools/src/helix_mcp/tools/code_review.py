"""Code review helpers."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import List

from mcp.server.fastmcp import Context, FastMCP
from mcp.types import SamplingMessage, TextContent

from helix_mcp.clients import get_openai
from helix_mcp.errors import InputTooLarge
from helix_mcp.lifespan import get_app
from helix_mcp.models import SecurityFinding
from helix_mcp.textutil import strip_code_fence

log = logging.getLogger(__name__)

MAX_DIFF_CHARS = 200_000

REVIEW_SYSTEM = """\
You are a senior engineer reviewing a pull request. Focus on {focus}.
Report only real problems, most important first, as `file:line - problem - fix`.
If the diff looks fine, say so in one line. Don't restate the diff."""

EXPLAIN_INSTRUCTIONS = (
    "Explain what this code does to an engineer new to the codebase: purpose, inputs/outputs, "
    "side effects, and anything surprising. Use short paragraphs."
)

SECURITY_PROMPT = (
    "Find security problems in the code (injection, authz gaps, secrets, unsafe deserialisation, SSRF, "
    "path traversal). Return a JSON array of objects with keys severity, line, issue, suggestion. "
    "Return [] if there are none."
)


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    async def review_diff(diff: str, ctx: Context, focus: str = "correctness and error handling") -> str:
        """Review a unified diff and list problems with suggested fixes."""
        if len(diff) > MAX_DIFF_CHARS:
            raise InputTooLarge("diff", len(diff), MAX_DIFF_CHARS)
        app = get_app(ctx)
        pieces: List[str] = []
        async with app.anthropic.messages.stream(
            model=app.settings.claude_model,
            max_tokens=4096,
            system=REVIEW_SYSTEM.format(focus=focus),
            messages=[{"role": "user", "content": f"<diff>\n{diff}\n</diff>"}],
        ) as stream:
            async for text in stream.text_stream:
                pieces.append(text)
            final = await stream.get_final_message()
        log.info(
            "review_diff: %d in / %d out tokens", final.usage.input_tokens, final.usage.output_tokens
        )
        return "".join(pieces)

    @mcp.tool()
    async def explain_code(code: str, ctx: Context, language: str = "") -> str:
        """Plain-language explanation of a piece of code."""
        app = get_app(ctx)
        resp = await app.openai.responses.create(
            model=app.settings.chat_model,
            instructions=EXPLAIN_INSTRUCTIONS,
            input=f"Language: {language or 'detect it'}\n\n{code}",
        )
        return resp.output_text

    @mcp.tool()
    async def suggest_commit_message(diff: str, ctx: Context) -> str:
        """Draft a conventional-commit message, using the calling client's own model."""
        result = await ctx.session.create_message(
            messages=[
                SamplingMessage(
                    role="user",
                    content=TextContent(
                        type="text",
                        text="Write a conventional commit message (subject <= 72 chars, then body) for:\n" + diff[:20_000],
                    ),
                )
            ],
            max_tokens=300,
            system_prompt="You write concise, accurate commit messages.",
        )
        if isinstance(result.content, TextContent):
            return result.content.text.strip()
        return ""

    @mcp.tool()
    async def security_scan(code: str, ctx: Context) -> List[SecurityFinding]:
        """Look for security issues in a file or snippet (uses a reasoning model; slower)."""
        settings = get_app(ctx).settings
        # Reasoning calls still use the sync client from the registry; they run in
        # a worker thread so they don't block the event loop.
        client = get_openai()
        resp = await asyncio.to_thread(
            lambda: client.responses.create(
                model=settings.reasoning_model,
                reasoning={"effort": "medium"},
                input=[
                    {"role": "developer", "content": SECURITY_PROMPT},
                    {"role": "user", "content": code},
                ],
            )
        )
        try:
            items = json.loads(strip_code_fence(resp.output_text))
        except ValueError:
            log.warning("security_scan: unparseable output")
            return []
        return [SecurityFinding.model_validate(i) for i in items]
