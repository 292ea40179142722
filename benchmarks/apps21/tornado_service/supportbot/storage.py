"""Thin async data access layer over asyncpg."""
import datetime
import json
import logging

log = logging.getLogger(__name__)


class TicketStore:
    def __init__(self, pool):
        self.pool = pool

    async def create(self, tenant_id, customer_email, subject, body):
        row = await self.pool.fetchrow(
            "INSERT INTO tickets (tenant_id, customer_email, subject, body, status) "
            "VALUES ($1, $2, $3, $4, 'open') RETURNING id",
            tenant_id, customer_email, subject, body,
        )
        return row["id"]

    async def get(self, ticket_id):
        row = await self.pool.fetchrow("SELECT * FROM tickets WHERE id = $1", ticket_id)
        return dict(row) if row else None

    async def messages(self, ticket_id):
        rows = await self.pool.fetch(
            "SELECT author, body, created_at FROM ticket_messages "
            "WHERE ticket_id = $1 ORDER BY created_at", ticket_id)
        return [dict(r) for r in rows]

    async def set_summary(self, ticket_id, summary):
        await self.pool.execute(
            "UPDATE tickets SET summary = $2, summarized_at = now() WHERE id = $1",
            ticket_id, summary)

    async def set_triage(self, ticket_id, category, urgency):
        await self.pool.execute(
            "UPDATE tickets SET category = $2, urgency = $3 WHERE id = $1",
            ticket_id, category, urgency)

    async def stale_unsummarized(self, older_than_minutes=30, limit=20):
        cutoff = datetime.datetime.utcnow() - datetime.timedelta(minutes=older_than_minutes)
        rows = await self.pool.fetch(
            "SELECT id, status FROM tickets WHERE updated_at < $1 "
            "AND (summarized_at IS NULL OR summarized_at < updated_at) LIMIT $2",
            cutoff, limit)
        return [dict(r) for r in rows]

    async def insert_usage(self, row):
        await self.pool.execute(
            "INSERT INTO llm_usage_logs (payload) VALUES ($1)", json.dumps(row, default=str))


class KBStore:
    def __init__(self, pool):
        self.pool = pool

    async def nearest(self, tenant_id, vector, limit=20):
        rows = await self.pool.fetch(
            "SELECT id, title, text FROM kb_chunks WHERE tenant_id = $1 "
            "ORDER BY embedding <-> $2 LIMIT $3", tenant_id, vector, limit)
        return [dict(r) for r in rows]

    async def chunks_without_embedding(self, limit=256):
        rows = await self.pool.fetch(
            "SELECT id, text FROM kb_chunks WHERE embedding IS NULL LIMIT $1", limit)
        return [dict(r) for r in rows]

    async def save_embeddings(self, pairs):
        await self.pool.executemany(
            "UPDATE kb_chunks SET embedding = $2 WHERE id = $1", pairs)
