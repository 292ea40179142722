"""News digests from Perplexity's online models (OpenAI-compatible API)."""
from __future__ import annotations

import datetime as dt
import functools
import logging
from dataclasses import dataclass, field

from deskassist.clients import make_perplexity_client
from deskassist.prompts import NEWS_QUERY
from deskassist.settings import settings

log = logging.getLogger(__name__)


@dataclass
class NewsDigest:
    topic: str
    text: str
    citations: list[str] = field(default_factory=list)
    fetched_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))


class NewsSearcher:
    def __init__(self, client=None, model: str | None = None):
        self.client = client or make_perplexity_client()
        self.model = model or settings.perplexity_model

    def digest(self, topic: str, hours: int = 12) -> NewsDigest:
        completion = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Be precise and cite sources."},
                {"role": "user", "content": NEWS_QUERY.format(hours=hours, topic=topic)},
            ],
            temperature=0.1,
        )
        citations = getattr(completion, "citations", None) or []
        return NewsDigest(topic=topic, text=completion.choices[0].message.content, citations=citations)

    def digest_many(self, topics: list[str], hours: int = 12) -> list[NewsDigest]:
        ask = functools.partial(
            self.client.chat.completions.create, model=self.model, temperature=0.1
        )
        out = []
        for topic in topics:
            try:
                completion = ask(
                    messages=[{"role": "user", "content": NEWS_QUERY.format(hours=hours, topic=topic)}]
                )
            except Exception:  # keep the other topics going
                log.exception("news digest failed for %s", topic)
                continue
            out.append(NewsDigest(topic=topic, text=completion.choices[0].message.content))
        return out
