from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Optional

import strawberry

if TYPE_CHECKING:
    from kb_api.context import Context
    from kb_api.db import ArticleRow, UserRow


@strawberry.type
class User:
    id: strawberry.ID
    display_name: str
    role: str

    @classmethod
    def from_row(cls, row: "UserRow") -> "User":
        return cls(id=strawberry.ID(row.id), display_name=row.display_name, role=row.role)


@strawberry.type
class Article:
    id: strawberry.ID
    space_id: strawberry.ID
    title: str
    body: str
    summary: Optional[str]
    tags: list[str]
    cover_url: Optional[str]
    updated_at: dt.datetime
    author_id: strawberry.Private[str]

    @strawberry.field
    async def author(self, info: strawberry.Info["Context", None]) -> Optional[User]:
        row = await info.context.user_loader.load(self.author_id)
        return User.from_row(row) if row else None

    @strawberry.field(description="Stored summary, or an on-the-fly blurb for cards.")
    async def blurb(self, info: strawberry.Info["Context", None]) -> str:
        if self.summary:
            return self.summary.split(". ")[0]
        return await info.context.summary_loader.load(self.body)

    @classmethod
    def from_row(cls, row: "ArticleRow") -> "Article":
        return cls(
            id=strawberry.ID(row.id),
            space_id=strawberry.ID(row.space_id),
            title=row.title,
            body=row.body,
            summary=row.summary,
            tags=list(row.tags or []),
            cover_url=row.cover_url,
            updated_at=row.updated_at,
            author_id=row.author_id,
        )


@strawberry.type
class SearchResult:
    article_id: strawberry.ID
    snippet: str
    score: float

    @strawberry.field
    async def article(self, info: strawberry.Info["Context", None]) -> Optional[Article]:
        row = await info.context.article_loader.load(str(self.article_id))
        return Article.from_row(row) if row else None


@strawberry.type
class AnswerPayload:
    text: str
    citations: list[strawberry.ID]
    model: str
    followups: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class WebAnswerPayload:
    text: str
    sources: list[str]


@strawberry.type
class ModerationPayload:
    flagged: bool
    categories: list[str]


@strawberry.type
class TranslationPayload:
    language: str
    body: str


@strawberry.type
class AnswerToken:
    delta: str
    done: bool = False


@strawberry.input
class ChatTurnInput:
    role: str
    content: str


@strawberry.input
class CreateArticleInput:
    space_id: strawberry.ID
    title: str
    body: str
    auto_tag: bool = True
    generate_cover: Annotated[bool, strawberry.argument(description="Generate a banner image")] = False


@strawberry.input
class UpdateArticleInput:
    id: strawberry.ID
    title: Optional[str] = None
    body: Optional[str] = None
    tags: Optional[list[str]] = None


@strawberry.type
class IndexStatus:
    pending: int
    running: bool
    last_error: Optional[str]


@strawberry.type
class PlaygroundRow:
    provider: str
    model: str
    text: str
    latency_ms: float
    error: Optional[str] = None
