"""Nightly digest of yesterday's escalations, emailed to team leads."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from app.clients import get_groq_client
from app.legacy.cohere_v1 import v1_summarize
from app.legacy.openai_v1_helpers import headline
from app.models import Conversation

logger = logging.getLogger(__name__)


@dataclass
class DigestItem:
    conversation_id: str
    headline: str
    bullets: str


@dataclass
class Digest:
    day: date
    items: list[DigestItem] = field(default_factory=list)

    def render(self) -> str:
        lines = [f"Escalations digest for {self.day.isoformat()}", ""]
        for item in self.items:
            lines.append(f"* {item.headline} ({item.conversation_id})")
            lines.extend(f"    {b}" for b in item.bullets.splitlines() if b.strip())
        return "\n".join(lines)


class DigestBuilder:
    def __init__(self, max_workers: int = 4):
        self.max_workers = max_workers
        self.groq = get_groq_client()

    def _item(self, conversation: Conversation) -> DigestItem:
        transcript = conversation.transcript()
        return DigestItem(
            conversation_id=conversation.id,
            headline=headline(transcript),
            bullets=v1_summarize(transcript),
        )

    def build(self, day: date, conversations: list[Conversation]) -> Digest:
        digest = Digest(day=day)
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            for item in pool.map(self._item, conversations):
                digest.items.append(item)
        return digest

    def triage_titles(self, conversations: list[Conversation]) -> list[str]:
        """Fast one-line titles with Groq, fanned out on a thread pool."""
        with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
            futures = [
                pool.submit(
                    self.groq.chat.completions.create,
                    model="llama-3.1-8b-instant",
                    messages=[
                        {"role": "system", "content": "Give a five word title for this ticket."},
                        {"role": "user", "content": c.transcript()},
                    ],
                    max_tokens=16,
                )
                for c in conversations
            ]
            return [f.result().choices[0].message.content.strip() for f in futures]
