"""Embeddings for similar-ticket search and clustering."""
from __future__ import annotations

import logging

from supportstream.app import app
from supportstream.config import settings
from supportstream.models import EmbeddingEvent, Ticket
from supportstream.topics import ticket_embeddings, tickets_translated
from supportstream.retry import with_retries

log = logging.getLogger(__name__)

VOYAGE_MAX_TOKENS_PER_BATCH = 120_000


async def embed_batch_voyage(tickets: list[Ticket]) -> list[EmbeddingEvent]:
    voyage = app.clients.voyage
    texts = [t.text for t in tickets]
    # count_tokens runs locally with the HF tokenizer, no API call
    if voyage.count_tokens(texts, model=settings.embed_model) > VOYAGE_MAX_TOKENS_PER_BATCH:
        half = len(tickets) // 2
        return await embed_batch_voyage(tickets[:half]) + await embed_batch_voyage(tickets[half:])
    result = await voyage.embed(texts, model=settings.embed_model, input_type="document")
    return [
        EmbeddingEvent(ticket_id=t.id, vector=v, model=settings.embed_model, provider="voyage")
        for t, v in zip(tickets, result.embeddings)
    ]


async def embed_batch_cohere(tickets: list[Ticket]) -> list[EmbeddingEvent]:
    resp = await app.clients.cohere.embed(
        texts=[t.text for t in tickets],
        model=settings.cohere_embed_model,
        input_type="clustering",
        embedding_types=["float"],
    )
    return [
        EmbeddingEvent(ticket_id=t.id, vector=v, model=settings.cohere_embed_model, provider="cohere")
        for t, v in zip(tickets, resp.embeddings.float_)
    ]


async def embed_batch_openai(tickets: list[Ticket]) -> list[EmbeddingEvent]:
    client = app.clients.openai
    resp = await with_retries(
        client.embeddings.create,
        model="text-embedding-3-small",
        input=[t.text for t in tickets],
    )
    return [
        EmbeddingEvent(ticket_id=t.id, vector=d.embedding, model=resp.model, provider="openai")
        for t, d in zip(tickets, resp.data)
    ]


EMBEDDERS = {
    "voyage": embed_batch_voyage,
    "cohere": embed_batch_cohere,
    "openai": embed_batch_openai,
}


@app.agent(tickets_translated)
async def embed_tickets(stream):
    async for batch in stream.take(64, within=5.0):
        embedder = EMBEDDERS.get(settings.embedder, embed_batch_voyage)
        try:
            events = await embedder(batch)
        except Exception:
            log.exception("embedding batch of %d failed", len(batch))
            continue
        for ev in events:
            await ticket_embeddings.send(key=ev.ticket_id, value=ev)


def cosine(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0


# account_id -> list of (ticket_id, vector) for the last N tickets, used for duplicate detection
_recent: dict[str, list[tuple[str, list[float]]]] = {}
DUPLICATE_THRESHOLD = 0.93
RECENT_PER_ACCOUNT = 50


@app.agent(ticket_embeddings)
async def detect_duplicates(stream):
    """Mark tickets that are near-duplicates of a recent ticket from the same account."""
    from supportstream.tables import ticket_state

    async for event in stream:
        state = ticket_state[event.ticket_id]
        account = (state.get("ticket") or {}).get("account_id", "unknown")
        recent = _recent.setdefault(account, [])
        for other_id, vec in recent:
            if cosine(event.vector, vec) >= DUPLICATE_THRESHOLD:
                state["duplicate_of"] = other_id
                ticket_state[event.ticket_id] = state
                log.info("ticket %s looks like a duplicate of %s", event.ticket_id, other_id)
                break
        recent.append((event.ticket_id, event.vector))
        del recent[:-RECENT_PER_ACCOUNT]
