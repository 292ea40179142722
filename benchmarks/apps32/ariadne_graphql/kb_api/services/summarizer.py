from __future__ import annotations

import logging

import anthropic

from kb_api.models import Article
from kb_api.settings import get_settings
from kb_api.utils.text import truncate_chars

log = logging.getLogger(__name__)

SUMMARY_SYSTEM = (
    "You summarise internal knowledge-base articles for busy engineers. "
    "Write 2-4 sentences, plain text, no preamble."
)

MAX_INPUT_TOKENS = 12_000


class Summarizer:
    def __init__(self, client: anthropic.AsyncAnthropic, model: str | None = None):
        self._client = client
        self.model = model or get_settings().anthropic_model

    async def _fits(self, text: str) -> bool:
        counted = await self._client.messages.count_tokens(
            model=self.model,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        return counted.input_tokens <= MAX_INPUT_TOKENS

    async def summarize(self, article: Article, max_tokens: int = 300) -> str:
        text = f"# {article.title}\n\n{article.body}"
        if not await self._fits(text):
            text = truncate_chars(text, 40_000)
        message = await self._client.messages.create(
            model=self.model,
            max_tokens=max_tokens,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        return "".join(block.text for block in message.content if block.type == "text").strip()

    async def summarize_many(self, articles: list[Article]) -> list[str]:
        out = []
        for article in articles:
            try:
                out.append(await self.summarize(article))
            except anthropic.RateLimitError:
                log.warning("rate limited while summarising article %s", article.id)
                out.append("")
        return out
