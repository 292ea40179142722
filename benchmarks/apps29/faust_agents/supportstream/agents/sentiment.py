"""Sentiment / churn-risk scoring in micro-batches."""
from __future__ import annotations

import logging
from typing import List

from pydantic import BaseModel

from supportstream.app import app
from supportstream.prompts import SENTIMENT_SYSTEM
from supportstream.tables import ticket_state
from supportstream.topics import tickets_translated

log = logging.getLogger(__name__)


class SentimentItem(BaseModel):
    ticket_id: str
    sentiment: float  # -1..1
    churn_risk: bool


class SentimentBatch(BaseModel):
    items: List[SentimentItem]


class SentimentReport:
    """Hourly roll-up; `generate()` just builds the dict for the dashboard."""

    def __init__(self) -> None:
        self.scores: list[float] = []
        self.churn: int = 0

    def add(self, item: SentimentItem) -> None:
        self.scores.append(item.sentiment)
        self.churn += int(item.churn_risk)

    def generate(self) -> dict:
        n = len(self.scores) or 1
        return {"avg": sum(self.scores) / n, "churn_flags": self.churn, "n": len(self.scores)}


report = SentimentReport()


async def score_batch(tickets) -> SentimentBatch:
    listing = "\n\n".join(f"[{t.id}] {t.text[:1500]}" for t in tickets)
    completion = await app.clients.openai.beta.chat.completions.parse(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": SENTIMENT_SYSTEM},
            {"role": "user", "content": listing},
        ],
        response_format=SentimentBatch,
    )
    return completion.choices[0].message.parsed or SentimentBatch(items=[])


@app.agent(tickets_translated)
async def sentiment(stream):
    async for batch in stream.take(20, within=10.0):
        parsed = await score_batch(batch)
        for item in parsed.items:
            report.add(item)
            state = ticket_state[item.ticket_id]
            state["sentiment"] = item.model_dump()
            ticket_state[item.ticket_id] = state
