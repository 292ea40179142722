"""Stores every generated draft so revops can see which ones were actually sent."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import List, Optional

from sqlalchemy import Boolean, DateTime, String, Text, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from common.db import async_session


class Base(DeclarativeBase):
    pass


class EmailDraft(Base):
    __tablename__ = "email_drafts"
    __table_args__ = {"schema": "tools"}

    id: Mapped[str] = mapped_column(String(36), primary_key=True,
                                    default=lambda: str(uuid.uuid4()))
    author: Mapped[str] = mapped_column(String(256))
    prospect_email: Mapped[Optional[str]] = mapped_column(String(256))
    model: Mapped[str] = mapped_column(String(128))
    subject: Mapped[Optional[str]] = mapped_column(String(256))
    body: Mapped[str] = mapped_column(Text)
    sent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: dt.datetime.now(dt.timezone.utc)
    )


class DraftRepository:
    async def create(self, **fields) -> EmailDraft:
        draft = EmailDraft(**fields)
        async with async_session() as session:
            session.add(draft)
            await session.commit()
        return draft

    async def mark_sent(self, draft_id: str) -> None:
        async with async_session() as session:
            draft = await session.get(EmailDraft, draft_id)
            if draft is not None:
                draft.sent = True
                await session.commit()

    async def recent(self, author: str, limit: int = 20) -> List[EmailDraft]:
        async with async_session() as session:
            rows = await session.execute(
                select(EmailDraft)
                .where(EmailDraft.author == author)
                .order_by(EmailDraft.created_at.desc())
                .limit(limit)
            )
            return list(rows.scalars())


drafts = DraftRepository()
