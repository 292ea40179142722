"""Ticket classification with OpenAI structured outputs."""
import logging
import math
from typing import Literal

from pydantic import BaseModel, Field

from skills.common.prompts import TICKET_CLASSIFIER, TICKET_LABELS, render

_LOGGER = logging.getLogger(__name__)

EMBED_MODEL = "text-embedding-3-small"


class TicketLabel(BaseModel):
    label: Literal["bug", "incident", "access-request", "capacity", "security", "question", "toil"]
    priority: Literal["P1", "P2", "P3", "P4"]
    reason: str = Field(max_length=200)


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class TicketClassifier:
    def __init__(self, client, model="gpt-4o-mini"):
        self.client = client
        self.model = model

    async def classify(self, title, body):
        completion = await self.client.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": "You triage tickets for the platform team."},
                {"role": "user", "content": render(TICKET_CLASSIFIER, labels=TICKET_LABELS, title=title, body=body)},
            ],
            response_format=TicketLabel,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            raise ValueError(completion.choices[0].message.refusal or "no parse")
        return parsed

    async def is_sensitive(self, text):
        """Don't echo tickets that contain abuse etc. into public channels."""
        result = await self.client.moderations.create(model="omni-moderation-latest", input=text)
        return any(r.flagged for r in result.results)

    async def embed(self, texts):
        resp = await self.client.embeddings.create(model=EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    async def near_duplicates(self, ticket_text, candidates, threshold=0.88):
        if not candidates:
            return []
        vectors = await self.embed([ticket_text] + [c["text"] for c in candidates])
        query, rest = vectors[0], vectors[1:]
        scored = [(cosine(query, v), c) for v, c in zip(rest, candidates)]
        return [c for s, c in sorted(scored, key=lambda t: -t[0]) if s >= threshold]
