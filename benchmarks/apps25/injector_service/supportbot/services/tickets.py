"""Ticket persistence (Redis hashes). Nothing LLM-related in here."""
from __future__ import annotations

import json
import secrets
import time
from dataclasses import asdict, dataclass, field

import redis.asyncio as redis
from injector import inject

from supportbot.settings import Settings


class TicketReferenceGenerator:
    """Human-friendly ticket references like ``LL-7K2Q-9F``."""

    ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"

    def generate(self, length: int = 6) -> str:
        body = "".join(secrets.choice(self.ALPHABET) for _ in range(length))
        return f"LL-{body[:4]}-{body[4:]}"


@dataclass
class Ticket:
    reference: str
    customer_id: str
    subject: str
    body: str
    status: str = "open"
    category: str | None = None
    urgency: int | None = None
    created_at: float = field(default_factory=time.time)


class TicketRepository:
    @inject
    def __init__(self, settings: Settings, refs: TicketReferenceGenerator) -> None:
        self._redis = redis.from_url(settings.redis_url, decode_responses=True)
        self._refs = refs

    async def create(self, customer_id: str, subject: str, body: str) -> Ticket:
        ticket = Ticket(reference=self._refs.generate(), customer_id=customer_id, subject=subject, body=body)
        await self._redis.hset(f"ticket:{ticket.reference}", mapping={"json": json.dumps(asdict(ticket))})
        await self._redis.lpush(f"customer:{customer_id}:tickets", ticket.reference)
        return ticket

    async def get(self, reference: str) -> Ticket | None:
        raw = await self._redis.hget(f"ticket:{reference}", "json")
        return Ticket(**json.loads(raw)) if raw else None

    async def update(self, ticket: Ticket) -> None:
        await self._redis.hset(f"ticket:{ticket.reference}", mapping={"json": json.dumps(asdict(ticket))})
