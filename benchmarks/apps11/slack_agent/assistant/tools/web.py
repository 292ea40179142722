"""Internal web search + page summaries."""
from __future__ import annotations

import asyncio
import logging
import re
from concurrent.futures import ThreadPoolExecutor, as_completed
from html import unescape
from typing import Any, Dict, List, Optional

import requests

from assistant.config import get_settings
from assistant.tools import register_tool
from assistant.tools.base import Tool, ToolContext, ToolResult

log = logging.getLogger(__name__)

_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")
_MAX_PAGE_CHARS = 12_000

_fetch_pool = ThreadPoolExecutor(max_workers=6, thread_name_prefix="web-fetch")


def _search(query: str, limit: int) -> List[Dict[str, Any]]:
    settings = get_settings()
    resp = requests.get(
        settings.search_api_url,
        params={"q": query, "size": limit, "source": "confluence,gdrive,handbook"},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json().get("results", [])


def _fetch_text(url: str) -> Optional[str]:
    try:
        resp = requests.get(url, timeout=8, headers={"User-Agent": "otto-bot/1.0"})
        resp.raise_for_status()
    except requests.RequestException:
        log.info("could not fetch %s", url)
        return None
    text = _WS_RE.sub(" ", unescape(_TAG_RE.sub(" ", resp.text))).strip()
    return text[:_MAX_PAGE_CHARS]


def fetch_many(urls: List[str]) -> Dict[str, str]:
    pages: Dict[str, str] = {}
    futures = {_fetch_pool.submit(_fetch_text, url): url for url in urls}
    for fut in as_completed(futures):
        text = fut.result()
        if text:
            pages[futures[fut]] = text
    return pages


@register_tool
class WebSearch(Tool):
    name = "search_docs"
    description = (
        "Search the internal handbook, Confluence and shared drives. Returns the top hits with a "
        "short summary of each page."
    )
    input_schema = {
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 8},
        },
        "required": ["query"],
    }

    async def run(self, ctx: ToolContext, query: str, limit: int = 4, **_: Any) -> ToolResult:
        hits = await asyncio.to_thread(_search, query, limit)
        if not hits:
            return ToolResult("Nothing found in the internal docs.")
        pages = await asyncio.to_thread(fetch_many, [h["url"] for h in hits])

        summaries = await asyncio.gather(
            *(self._summarize(ctx, query, h, pages.get(h["url"])) for h in hits)
        )
        lines = [f"• <{h['url']}|{h.get('title', h['url'])}>: {s}" for h, s in zip(hits, summaries)]
        return ToolResult("\n".join(lines))

    async def _summarize(
        self, ctx: ToolContext, query: str, hit: Dict[str, Any], page: Optional[str]
    ) -> str:
        if not page:
            return hit.get("snippet", "")
        model = get_settings().models.mistral_model
        res = await ctx.mistral.chat.complete_async(
            model=model,
            messages=[
                {
                    "role": "system",
                    "content": "Summarize the page in two sentences, focusing on what answers the query.",
                },
                {"role": "user", "content": f"Query: {query}\n\nPage:\n{page}"},
            ],
            max_tokens=160,
            temperature=0.1,
        )
        if not res or not res.choices:
            return hit.get("snippet", "")
        return (res.choices[0].message.content or "").strip()
