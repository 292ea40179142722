import logging
from contextlib import AbstractAsyncContextManager
from typing import Callable, List, Optional

from sqlalchemy import select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFoundError
from app.schemas import Message, Ticket, TicketCreate, TriageResult

logger = logging.getLogger(__name__)

SessionFactory = Callable[..., AbstractAsyncContextManager[AsyncSession]]


class TicketRepository:
    def __init__(self, session_factory: SessionFactory) -> None:
        self._session_factory = session_factory

    async def get(self, ticket_id: int) -> Ticket:
        async with self._session_factory() as session:
            row = (
                await session.execute(
                    text("SELECT * FROM support.tickets WHERE id = :id"), {"id": ticket_id}
                )
            ).mappings().first()
            if row is None:
                raise NotFoundError(f"ticket {ticket_id} not found")
            msgs = (
                await session.execute(
                    text(
                        "SELECT role, content, created_at FROM support.ticket_messages "
                        "WHERE ticket_id = :id ORDER BY created_at"
                    ),
                    {"id": ticket_id},
                )
            ).mappings().all()
        return Ticket(**row, messages=[Message(**m) for m in msgs])

    async def create(self, payload: TicketCreate) -> Ticket:
        async with self._session_factory() as session:
            result = await session.execute(
                text(
                    "INSERT INTO support.tickets (subject, body, customer_email, external_id) "
                    "VALUES (:subject, :body, :email, :external_id) RETURNING *"
                ),
                {
                    "subject": payload.subject,
                    "body": payload.body,
                    "email": payload.customer_email,
                    "external_id": payload.external_id,
                },
            )
            await session.commit()
            row = result.mappings().one()
        logger.info("created ticket %s", row["id"])
        return Ticket(**row)

    async def save_triage(self, ticket_id: int, triage: TriageResult) -> None:
        async with self._session_factory() as session:
            await session.execute(
                text(
                    "UPDATE support.tickets SET category = :c, priority = :p, "
                    "triage_confidence = :conf WHERE id = :id"
                ),
                {
                    "c": triage.category.value,
                    "p": triage.priority.value,
                    "conf": triage.confidence,
                    "id": ticket_id,
                },
            )
            await session.commit()

    async def save_summary(self, ticket_id: int, summary: str, model: str) -> None:
        async with self._session_factory() as session:
            await session.execute(
                text(
                    "INSERT INTO support.ticket_summaries (ticket_id, summary, model) "
                    "VALUES (:id, :s, :m) ON CONFLICT (ticket_id) DO UPDATE "
                    "SET summary = EXCLUDED.summary, model = EXCLUDED.model"
                ),
                {"id": ticket_id, "s": summary, "m": model},
            )
            await session.commit()

    async def list_closed_since(self, hours: int = 24, limit: int = 500) -> List[Ticket]:
        async with self._session_factory() as session:
            rows = (
                await session.execute(
                    text(
                        "SELECT * FROM support.tickets WHERE status = 'closed' "
                        "AND closed_at > now() - make_interval(hours => :h) LIMIT :lim"
                    ),
                    {"h": hours, "lim": limit},
                )
            ).mappings().all()
        return [Ticket(**r) for r in rows]

    async def find_by_external_id(self, external_id: str) -> Optional[Ticket]:
        async with self._session_factory() as session:
            row = (
                await session.execute(
                    text("SELECT * FROM support.tickets WHERE external_id = :x"),
                    {"x": external_id},
                )
            ).mappings().first()
        return Ticket(**row) if row else None
