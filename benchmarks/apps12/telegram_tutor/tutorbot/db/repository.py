"""Thin data-access layer. Handlers should not build queries themselves."""
from __future__ import annotations

import datetime as dt
from typing import Iterable, List, Optional, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from tutorbot.db.models import DigestBatch, LlmUsageLog, PracticeSession, User, VocabItem


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, telegram_id: int) -> Optional[User]:
        result = await self.session.execute(select(User).where(User.telegram_id == telegram_id))
        return result.scalar_one_or_none()

    async def create(self, telegram_id: int, first_name: str = "", **fields) -> User:
        user = User(telegram_id=telegram_id, first_name=first_name, **fields)
        self.session.add(user)
        await self.session.flush()
        return user

    async def update_settings(self, telegram_id: int, **fields) -> None:
        await self.session.execute(
            update(User).where(User.telegram_id == telegram_id).values(**fields)
        )

    async def with_reminders(self) -> Sequence[User]:
        result = await self.session.execute(select(User).where(User.reminders_enabled.is_(True)))
        return result.scalars().all()

    async def active_since(self, since: dt.datetime) -> Sequence[User]:
        result = await self.session.execute(select(User).where(User.last_practice_at >= since))
        return result.scalars().all()

    async def touch_practice(self, user: User) -> None:
        now = dt.datetime.now(dt.timezone.utc)
        last = user.last_practice_at
        if last is None or (now.date() - last.date()).days > 1:
            user.streak_days = 1
        elif now.date() != last.date():
            user.streak_days += 1
        user.last_practice_at = now


class VocabRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add_many(self, user: User, items: Iterable[dict]) -> List[VocabItem]:
        created = [VocabItem(user_id=user.id, **item) for item in items]
        self.session.add_all(created)
        await self.session.flush()
        return created

    async def due(self, user: User, limit: int = 10) -> Sequence[VocabItem]:
        now = dt.datetime.now(dt.timezone.utc)
        result = await self.session.execute(
            select(VocabItem)
            .where(VocabItem.user_id == user.id, VocabItem.next_review_at <= now)
            .order_by(VocabItem.next_review_at)
            .limit(limit)
        )
        return result.scalars().all()

    async def known_words(self, user: User) -> List[str]:
        result = await self.session.execute(select(VocabItem.word).where(VocabItem.user_id == user.id))
        return [w for (w,) in result.all()]


class PracticeRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def log(self, user: User, kind: str, messages: int = 1, mistakes=None) -> None:
        self.session.add(PracticeSession(user_id=user.id, kind=kind, messages=messages, mistakes=mistakes))

    async def week_summary(self, user: User) -> dict:
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=7)
        result = await self.session.execute(
            select(PracticeSession.kind, func.count(), func.sum(PracticeSession.messages))
            .where(PracticeSession.user_id == user.id, PracticeSession.started_at >= since)
            .group_by(PracticeSession.kind)
        )
        return {kind: {"sessions": n, "messages": int(m or 0)} for kind, n, m in result.all()}

    async def recent_mistakes(self, user: User, limit: int = 20) -> List[dict]:
        result = await self.session.execute(
            select(PracticeSession.mistakes)
            .where(PracticeSession.user_id == user.id, PracticeSession.mistakes.is_not(None))
            .order_by(PracticeSession.started_at.desc())
            .limit(limit)
        )
        out: List[dict] = []
        for (batch,) in result.all():
            out.extend(batch or [])
        return out[:limit]


class UsageRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, row: LlmUsageLog) -> None:
        self.session.add(row)

    async def totals_by_model(self, days: int = 7):
        since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
        result = await self.session.execute(
            select(
                LlmUsageLog.provider,
                LlmUsageLog.model,
                func.sum(LlmUsageLog.input_tokens),
                func.sum(LlmUsageLog.output_tokens),
                func.sum(LlmUsageLog.cost_usd),
            )
            .where(LlmUsageLog.created_at >= since)
            .group_by(LlmUsageLog.provider, LlmUsageLog.model)
        )
        return result.all()


class DigestRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(self, provider: str, batch_id: str, kind: str = "weekly_digest") -> None:
        self.session.add(DigestBatch(provider=provider, batch_id=batch_id, kind=kind))

    async def pending(self) -> Sequence[DigestBatch]:
        result = await self.session.execute(select(DigestBatch).where(DigestBatch.status == "submitted"))
        return result.scalars().all()
