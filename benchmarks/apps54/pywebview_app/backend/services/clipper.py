"""Web clippings: fetch a URL, summarise it with Claude, save as a note."""
from __future__ import annotations

import logging

import anthropic

from backend.llm import get_anthropic_client, make_async_anthropic, prompts
from backend.services.note_store import Note, NoteStore
from backend.services.web_fetch import fetch_page
from backend.settings import load_settings

log = logging.getLogger(__name__)

MAX_CHARS = 60_000


class Clipper:
    def __init__(self, store: NoteStore, client: anthropic.Anthropic | None = None) -> None:
        self.store = store
        self._client = client

    @property
    def client(self) -> anthropic.Anthropic:
        if self._client is None:
            self._client = get_anthropic_client()
        return self._client

    def summarise_text(self, title: str, text: str) -> str:
        msg = self.client.messages.create(
            model=load_settings().summary_model,
            max_tokens=700,
            system=prompts.SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"Title: {title}\n\n{text[:MAX_CHARS]}"}],
        )
        return "".join(block.text for block in msg.content if block.type == "text")

    def clip(self, url: str) -> Note:
        title, text = fetch_page(url)
        try:
            summary = self.summarise_text(title, text)
        except anthropic.RateLimitError:
            log.warning("rate limited, saving raw clipping")
            summary = text[:4000]
        body = f"{summary}\n\n---\nSource: {url}"
        return self.store.create(title=title, body=body, source_url=url)

    def estimate_tokens(self, text: str) -> int:
        count = self.client.messages.count_tokens(
            model=load_settings().summary_model,
            messages=[{"role": "user", "content": text[:MAX_CHARS]}],
        )
        return count.input_tokens


async def summarise_batch(items: list[tuple[str, str]]) -> list[str]:
    """Summarise several clippings at once (import from Pocket)."""
    import asyncio

    client = make_async_anthropic()
    model = load_settings().summary_model

    async def one(title: str, text: str) -> str:
        msg = await client.messages.create(
            model=model,
            max_tokens=500,
            system=prompts.SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"Title: {title}\n\n{text[:MAX_CHARS]}"}],
        )
        return msg.content[0].text

    return await asyncio.gather(*(one(t, x) for t, x in items))
