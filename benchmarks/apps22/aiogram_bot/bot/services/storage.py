"""Tiny persistence layer on top of SQLAlchemy async sessions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer, String, Text, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Student(Base):
    __tablename__ = "students"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    username: Mapped[str | None] = mapped_column(String(64))
    native_language: Mapped[str] = mapped_column(String(8), default="en")
    target_language: Mapped[str] = mapped_column(String(8), default="de")
    level: Mapped[str] = mapped_column(String(2), default="A1")
    streak: Mapped[int] = mapped_column(Integer, default=0)
    daily_lessons: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class QuizResult(Base):
    __tablename__ = "quiz_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    student_id: Mapped[int] = mapped_column(BigInteger, index=True)
    topic: Mapped[str] = mapped_column(String(128))
    score: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)


class UsageRow(Base):
    __tablename__ = "llm_usage_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128))
    feature_context: Mapped[str] = mapped_column(String(64))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    success: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


def make_sessionmaker(url: str) -> async_sessionmaker[AsyncSession]:
    engine = create_async_engine(url, pool_pre_ping=True)
    return async_sessionmaker(engine, expire_on_commit=False)


class StudentRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, student_id: int) -> Student | None:
        return await self.session.get(Student, student_id)

    async def create(self, student_id: int, username: str | None, **fields: Any) -> Student:
        student = Student(id=student_id, username=username, **fields)
        self.session.add(student)
        await self.session.commit()
        return student

    async def get_or_create(self, student_id: int, username: str | None) -> Student:
        student = await self.get(student_id)
        if student is None:
            student = await self.create(student_id, username)
        return student

    async def update(self, student: Student, **fields: Any) -> None:
        for key, value in fields.items():
            setattr(student, key, value)
        await self.session.commit()

    async def subscribed(self) -> list[Student]:
        rows = await self.session.scalars(select(Student).where(Student.daily_lessons.is_(True)))
        return list(rows)


class QuizRepo:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(self, student_id: int, topic: str, score: int, payload: str) -> QuizResult:
        result = QuizResult(student_id=student_id, topic=topic, score=score, payload=payload)
        self.session.add(result)
        await self.session.commit()
        return result


@dataclass
class ProgressReport:
    student: Student
    quizzes: list[QuizResult] = field(default_factory=list)

    def generate(self) -> str:
        if not self.quizzes:
            return f"{self.student.level}: no quizzes yet, streak {self.student.streak} days"
        avg = sum(q.score for q in self.quizzes) / len(self.quizzes)
        return (
            f"Level {self.student.level} · streak {self.student.streak} days\n"
            f"{len(self.quizzes)} quizzes, average {avg:.1f}/5"
        )
