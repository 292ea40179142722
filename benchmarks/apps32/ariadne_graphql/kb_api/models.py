from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import Any


class ArticleStatus(str, Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


@dataclass
class Article:
    id: int
    title: str
    body: str
    space_id: int
    author_id: int
    status: ArticleStatus = ArticleStatus.DRAFT
    tags: list[str] = field(default_factory=list)
    summary: str | None = None
    language: str = "en"
    cover_url: str | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    updated_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class Space:
    id: int
    slug: str
    name: str
    default_language: str = "en"


@dataclass
class User:
    id: int
    email: str
    display_name: str
    roles: list[str] = field(default_factory=list)


@dataclass
class SearchHit:
    article: Article
    score: float
    snippet: str = ""


@dataclass
class Answer:
    text: str
    sources: list[Article]
    model: str
    meta: dict[str, Any] = field(default_factory=dict)
