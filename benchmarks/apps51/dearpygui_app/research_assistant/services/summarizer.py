"""PDF loading and map-reduce summarisation.

Map step uses Claude (long context, cheap haiku), reduce step is configurable.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from research_assistant.providers import get_anthropic_client, get_openai_client
from research_assistant.state import state

log = logging.getLogger(__name__)


@dataclass
class PageChunk:
    page: int
    text: str


def read_pdf(path: str | Path) -> list[PageChunk]:
    reader = PdfReader(str(path))
    pages = []
    for i, page in enumerate(reader.pages, start=1):
        text = (page.extract_text() or "").strip()
        if text:
            pages.append(PageChunk(i, text))
    return pages


def chunk_pages(pages: list[PageChunk], max_chars: int = 12000) -> list[str]:
    chunks: list[str] = []
    buf: list[str] = []
    size = 0
    for p in pages:
        block = f"[p.{p.page}]\n{p.text}"
        if size + len(block) > max_chars and buf:
            chunks.append("\n\n".join(buf))
            buf, size = [], 0
        buf.append(block)
        size += len(block)
    if buf:
        chunks.append("\n\n".join(buf))
    return chunks

MAP_PROMPT = (
    "Summarise this section of a research paper in 5-8 bullet points. Keep page "
    "references like [p.3].\n\n{chunk}"
)
REDUCE_PROMPT = (
    "Combine these section summaries into a single structured summary with headings "
    "Background, Method, Results, Limitations.\n\n{parts}"
)


class PdfSummarizer:
    def __init__(self, claude=None, openai_client=None, map_model: str = "claude-3-haiku-20240307"):
        self.claude = claude or get_anthropic_client()
        self.oai = openai_client or get_openai_client()
        self.map_model = map_model

    def _map_one(self, chunk: str) -> str:
        msg = self.claude.messages.create(
            model=self.map_model,
            max_tokens=600,
            messages=[{"role": "user", "content": MAP_PROMPT.format(chunk=chunk)}],
        )
        return msg.content[0].text

    def _reduce(self, parts: list[str]) -> str:
        joined = "\n\n---\n\n".join(parts)
        resp = self.oai.chat.completions.create(
            model=state.settings.chat_model,
            max_tokens=state.settings.summary_max_tokens,
            messages=[
                {"role": "system", "content": "You write concise academic summaries."},
                {"role": "user", "content": REDUCE_PROMPT.format(parts=joined)},
            ],
        )
        return resp.choices[0].message.content

    def summarise(self, path: str, progress=None) -> str:
        chunks = chunk_pages(read_pdf(path))
        log.info("summarising %s in %d chunks", path, len(chunks))
        if len(chunks) == 1:
            return self._map_one(chunks[0])
        parts: list[str] = []
        with ThreadPoolExecutor(max_workers=4) as pool:
            for i, part in enumerate(pool.map(self._map_one, chunks), start=1):
                parts.append(part)
                if progress:
                    progress(i / (len(chunks) + 1))
        return self._reduce(parts)


def quick_abstract(text: str) -> str:
    """Used by the PDF window's 'TL;DR' button; single call, no chunking."""
    client = get_openai_client()
    resp = client.responses.create(
        model="gpt-4o-mini",
        instructions="Write a three sentence TL;DR of the paper.",
        input=text[:20000],
    )
    return resp.output_text
