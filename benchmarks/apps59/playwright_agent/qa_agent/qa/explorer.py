"""Site explorer: BFS over same-origin links, skipping pages that look alike.

Page "sameness" uses embeddings of the accessibility outline, so a product
listing with 400 items isn't visited 400 times.
"""
from __future__ import annotations

import asyncio
import logging
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urldefrag, urlparse

from qa_agent.browser.session import BrowserSession

logger = logging.getLogger(__name__)


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class ExploredPage:
    url: str
    title: str
    outline: str
    embedding: list[float] = field(default_factory=list)
    notes: str = ""


class SiteExplorer:
    def __init__(
        self,
        session: BrowserSession,
        embed_client: Any,
        ollama_client: Any | None = None,
        similarity_threshold: float = 0.95,
        max_pages: int = 40,
    ) -> None:
        self.session = session
        self.embed_client = embed_client
        self.ollama = ollama_client
        self.threshold = similarity_threshold
        self.max_pages = max_pages
        self.pages: list[ExploredPage] = []
        self._pool = ThreadPoolExecutor(max_workers=4)

    async def _embed(self, text: str) -> list[float]:
        if self.ollama is not None:
            resp = await self.ollama.embed(model="nomic-embed-text", input=text[:8000])
            return list(resp["embeddings"][0])
        resp = await asyncio.to_thread(
            self.embed_client.embeddings.create,
            model="text-embedding-3-small",
            input=text[:8000],
        )
        return resp.data[0].embedding

    def _is_duplicate(self, emb: list[float]) -> bool:
        return any(_cosine(emb, p.embedding) >= self.threshold for p in self.pages)

    async def _links(self) -> list[str]:
        origin = urlparse(self.session.page.url).netloc
        hrefs = await self.session.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
        out = []
        for h in hrefs:
            h = urldefrag(h)[0]
            if urlparse(h).netloc == origin and h not in out:
                out.append(h)
        return out

    async def explore(self, start_url: str) -> list[ExploredPage]:
        queue = [start_url]
        seen: set[str] = set()
        while queue and len(self.pages) < self.max_pages:
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            try:
                await self.session.page.goto(url, wait_until="domcontentloaded")
            except Exception as exc:
                logger.warning("failed to open %s: %s", url, exc)
                continue
            outline = await self.session.accessibility_outline()
            emb = await self._embed(outline)
            if self._is_duplicate(emb):
                logger.debug("skipping near-duplicate %s", url)
                continue
            page = ExploredPage(url=url, title=await self.session.page.title(), outline=outline, embedding=emb)
            self.pages.append(page)
            queue.extend(await self._links())
        return self.pages

    def annotate(self, local_model: str = "llama3.1") -> None:
        """Background notes on each page from the local model (best-effort)."""
        if self.ollama is None:
            return
        import ollama as _ollama

        sync_client = _ollama.Client(host=getattr(self.ollama, "_host", None) or "http://127.0.0.1:11434")
        futures = {
            self._pool.submit(
                sync_client.generate,
                model=local_model,
                prompt=f"In two sentences, what can a user do on this page?\n{p.outline[:3000]}",
            ): p
            for p in self.pages
        }
        for fut, page in futures.items():
            try:
                page.notes = fut.result(timeout=120)["response"]
            except Exception:
                logger.debug("no notes for %s", page.url, exc_info=True)


def sitemap_markdown(pages: list[ExploredPage]) -> str:
    """Group explored pages by first path segment for the report appendix."""
    groups: dict[str, list[ExploredPage]] = {}
    for p in pages:
        segment = urlparse(p.url).path.strip("/").split("/", 1)[0] or "(root)"
        groups.setdefault(segment, []).append(p)
    lines = ["# Sitemap", ""]
    for segment in sorted(groups):
        lines.append(f"## /{segment}" if segment != "(root)" else "## /")
        for p in sorted(groups[segment], key=lambda x: x.url):
            note = f" - {p.notes}" if p.notes else ""
            lines.append(f"- [{p.title or p.url}]({p.url}){note}")
        lines.append("")
    return "\n".join(lines)


def coverage_ratio(pages: list[ExploredPage], known_routes: list[str]) -> float:
    """Fraction of routes from the app's route table that the explorer reached."""
    if not known_routes:
        return 0.0
    reached = {urlparse(p.url).path.rstrip("/") or "/" for p in pages}
    hit = sum(1 for r in known_routes if (r.rstrip("/") or "/") in reached)
    return hit / len(known_routes)
