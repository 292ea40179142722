"""Web search tools backed by Perplexity."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, List, Optional

from mcp.server.fastmcp import Context, FastMCP

from helix_mcp.clients import get_perplexity
from helix_mcp.errors import UpstreamError
from helix_mcp.lifespan import get_app
from helix_mcp.models import Citation, SearchAnswer

log = logging.getLogger(__name__)

SYSTEM = (
    "You are a research assistant for platform engineers. Be concise, prefer primary sources "
    "(official docs, RFCs, changelogs) and say when sources disagree."
)
RECENCY = ("hour", "day", "week", "month", "year")


def _citations(raw: Any) -> List[Citation]:
    out: List[Citation] = []
    for item in raw or []:
        if isinstance(item, str):
            out.append(Citation(url=item))
        elif isinstance(item, dict) and item.get("url"):
            out.append(Citation(url=item["url"], title=item.get("title")))
    return out


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    async def web_search(query: str, ctx: Context, recency: Optional[str] = None) -> SearchAnswer:
        """Search the web and answer with citations. recency: hour|day|week|month|year."""
        app = get_app(ctx)
        extra = {}
        if recency:
            if recency not in RECENCY:
                raise ValueError(f"recency must be one of {RECENCY}")
            extra["search_recency_filter"] = recency
        await ctx.info(f"web_search: {query[:80]}")
        resp = await app.perplexity.chat.completions.create(
            model=app.settings.perplexity_model,
            messages=[
                {"role": "system", "content": SYSTEM},
                {"role": "user", "content": query},
            ],
            extra_body=extra or None,
        )
        extras = resp.model_extra or {}
        return SearchAnswer(
            answer=resp.choices[0].message.content or "",
            citations=_citations(extras.get("search_results") or extras.get("citations")),
            model=resp.model,
        )

    @mcp.tool()
    async def deep_research(topic: str, ctx: Context, effort: str = "medium") -> SearchAnswer:
        """Multi-step research report on a topic. Slow (1-5 minutes) and expensive."""
        app = get_app(ctx)
        payload = {
            "model": app.settings.perplexity_research_model,
            "messages": [
                {"role": "system", "content": SYSTEM + " Produce a structured report with headings."},
                {"role": "user", "content": topic},
            ],
            "reasoning_effort": effort,
        }
        await ctx.report_progress(0, 1, "research started")
        resp = await app.pplx_http.post("/chat/completions", json=payload)
        if resp.status_code != 200:
            raise UpstreamError("perplexity", resp.text[:200], resp.status_code)
        data = resp.json()
        await ctx.report_progress(1, 1, "done")
        log.info("deep_research usage: %s", data.get("usage"))
        return SearchAnswer(
            answer=data["choices"][0]["message"]["content"],
            citations=_citations(data.get("search_results") or data.get("citations")),
            model=data.get("model", payload["model"]),
        )

    @mcp.tool()
    async def search_digest(query: str, ctx: Context) -> str:
        """Streaming variant of web_search for long answers; reports progress while it runs."""
        app = get_app(ctx)
        stream = await app.perplexity.chat.completions.create(
            model=app.settings.perplexity_model,
            messages=[{"role": "user", "content": f"Write a digest (<=400 words) on: {query}"}],
            stream=True,
        )
        parts: List[str] = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
                if len(parts) % 25 == 0:
                    await ctx.report_progress(len(parts))
        return "".join(parts)

    @mcp.tool()
    async def quick_fact(question: str) -> str:
        """One-sentence factual answer, for agents that need a fast sanity check."""
        client = get_perplexity()
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model="sonar",
            messages=[{"role": "user", "content": question + "\nAnswer in one sentence."}],
            max_tokens=120,
        )
        return (resp.choices[0].message.content or "").strip()
