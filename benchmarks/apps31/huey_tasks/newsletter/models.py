"""Plain data objects + a tiny sqlite-backed repository.

We never adopted an ORM for the worker side; the admin uses the same helpers.
"""
import json
import sqlite3
import threading
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import List, Optional

from newsletter.config import settings

_local = threading.local()


def get_conn():
    conn = getattr(_local, "conn", None)
    if conn is None:
        path = settings.database_url.replace("sqlite:///", "")
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _local.conn = conn
    return conn


@dataclass
class Article:
    id: int
    url: str
    title: str
    excerpt: str = ""
    body: str = ""
    summary: Optional[str] = None
    category: Optional[str] = None
    embedding: Optional[List[float]] = None
    created_at: datetime = field(default_factory=datetime.utcnow)

    @classmethod
    def from_row(cls, row):
        data = dict(row)
        if data.get("embedding"):
            data["embedding"] = json.loads(data["embedding"])
        return cls(**data)

    @classmethod
    def get(cls, article_id):
        row = get_conn().execute(
            "SELECT * FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"article {article_id} not found")
        return cls.from_row(row)

    @classmethod
    def pending_summary(cls, limit=50):
        rows = get_conn().execute(
            "SELECT * FROM articles WHERE summary IS NULL ORDER BY created_at LIMIT ?",
            (limit,),
        ).fetchall()
        return [cls.from_row(r) for r in rows]

    def save(self):
        data = asdict(self)
        if data["embedding"] is not None:
            data["embedding"] = json.dumps(data["embedding"])
        cols = ", ".join(f"{k} = :{k}" for k in data if k != "id")
        get_conn().execute(f"UPDATE articles SET {cols} WHERE id = :id", data)
        get_conn().commit()


@dataclass
class Issue:
    id: int
    slug: str
    subject: str = ""
    intro: str = ""
    status: str = "draft"
    article_ids: List[int] = field(default_factory=list)
    locale: str = "en"

    @classmethod
    def create(cls, slug, article_ids, locale="en"):
        cur = get_conn().execute(
            "INSERT INTO issues (slug, article_ids, locale, status) VALUES (?, ?, ?, 'draft')",
            (slug, json.dumps(article_ids), locale),
        )
        get_conn().commit()
        return cls(id=cur.lastrowid, slug=slug, article_ids=list(article_ids), locale=locale)

    @classmethod
    def get(cls, issue_id):
        row = get_conn().execute("SELECT * FROM issues WHERE id = ?", (issue_id,)).fetchone()
        if row is None:
            raise LookupError(f"issue {issue_id} not found")
        data = dict(row)
        data["article_ids"] = json.loads(data["article_ids"] or "[]")
        return cls(**data)

    def articles(self):
        return [Article.get(i) for i in self.article_ids]

    def save(self):
        get_conn().execute(
            "UPDATE issues SET subject = ?, intro = ?, status = ? WHERE id = ?",
            (self.subject, self.intro, self.status, self.id),
        )
        get_conn().commit()


@dataclass
class Subscriber:
    email: str
    locale: str = "en"
    topics: List[str] = field(default_factory=list)

    @classmethod
    def active(cls, locale=None):
        sql = "SELECT email, locale, topics FROM subscribers WHERE active = 1"
        args = ()
        if locale:
            sql += " AND locale = ?"
            args = (locale,)
        return [
            cls(email=r["email"], locale=r["locale"], topics=json.loads(r["topics"] or "[]"))
            for r in get_conn().execute(sql, args).fetchall()
        ]


def record_usage(provider, model, feature, input_tokens, output_tokens):
    """Legacy usage table; the tracker writes to llm_usage_logs instead."""
    get_conn().execute(
        "INSERT INTO usage (provider, model, feature, input_tokens, output_tokens, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (provider, model, feature, input_tokens, output_tokens, datetime.utcnow().isoformat()),
    )
    get_conn().commit()
