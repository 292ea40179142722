"""MCP resources: runbooks, their TL;DRs, and the model configuration."""
from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path
from typing import Dict

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ResourceError

from helix_mcp.clients import get_async_openai
from helix_mcp.config import get_settings
from helix_mcp.textutil import truncate

log = logging.getLogger(__name__)

_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_tldr_cache: Dict[str, str] = {}

TLDR_PROMPT = (
    "Summarise this runbook for an on-call engineer who is paged at 3am. "
    "Give the 5 most important steps as a numbered list, then one line on when to escalate."
)


def _runbook_path(name: str) -> Path:
    if not _NAME_RE.match(name):
        raise ResourceError(f"invalid runbook name {name!r}")
    path = get_settings().runbook_dir / f"{name}.md"
    if not path.is_file():
        raise ResourceError(f"no runbook named {name!r}")
    return path


def register(mcp: FastMCP) -> None:
    @mcp.resource("runbook://{name}", mime_type="text/markdown")
    def runbook(name: str) -> str:
        """Full text of a runbook from docs/runbooks."""
        return _runbook_path(name).read_text(encoding="utf-8")

    @mcp.resource("runbook://{name}/tldr", mime_type="text/markdown")
    async def runbook_tldr(name: str) -> str:
        """Short on-call summary of a runbook (cached until the file changes)."""
        text = _runbook_path(name).read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()[:16]
        cache_key = f"{name}:{digest}"
        if cache_key in _tldr_cache:
            return _tldr_cache[cache_key]
        resp = await get_async_openai().chat.completions.create(
            model=get_settings().chat_model,
            messages=[
                {"role": "system", "content": TLDR_PROMPT},
                {"role": "user", "content": truncate(text, 60_000)},
            ],
            max_tokens=400,
            temperature=0.2,
        )
        tldr = resp.choices[0].message.content or ""
        _tldr_cache[cache_key] = tldr
        log.info("runbook tldr %s: %s tokens", name, resp.usage.total_tokens if resp.usage else "?")
        return tldr

    @mcp.resource("config://models", mime_type="application/json")
    def model_config() -> dict:
        """Which model each tool family uses."""
        s = get_settings()
        return {
            "chat": s.chat_model,
            "reasoning": s.reasoning_model,
            "claude": s.claude_model,
            "claude_fast": s.claude_fast_model,
            "embeddings": {"openai": s.embedding_model, "cohere": s.cohere_embed_model},
            "rerank": s.cohere_rerank_model,
            "search": [s.perplexity_model, s.perplexity_research_model],
        }
