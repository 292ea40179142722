"""Saved chat sessions (/save, /load, and the TUI's session sidebar)."""

import datetime
import json
from pathlib import Path
from typing import List, Optional

from peewee import (
    CharField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

DB_FILE = Path.home() / ".termcoder" / "sessions.db"
db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class ChatSession(BaseModel):
    name = CharField()
    repo_root = CharField(index=True)
    model = CharField()
    edit_format = CharField(null=True)
    created = DateTimeField(default=datetime.datetime.now)
    updated = DateTimeField(default=datetime.datetime.now)


class SessionMessage(BaseModel):
    session = ForeignKeyField(ChatSession, backref="messages", on_delete="CASCADE")
    position = IntegerField()
    role = CharField()
    content = TextField()


def init_db(path: Path = DB_FILE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db.init(str(path), pragmas={"foreign_keys": 1, "journal_mode": "wal"})
    db.connect(reuse_if_open=True)
    db.create_tables([ChatSession, SessionMessage], safe=True)


def save_session(name: str, coder) -> ChatSession:
    with db.atomic():
        session = ChatSession.create(
            name=name,
            repo_root=str(coder.root),
            model=coder.main_model.name,
            edit_format=coder.edit_format,
        )
        for i, msg in enumerate(coder.done_messages):
            content = msg["content"]
            if not isinstance(content, str):
                content = json.dumps(content)
            SessionMessage.create(session=session, position=i, role=msg["role"], content=content)
    return session


def load_session(name: str, repo_root: str) -> Optional[List[dict]]:
    session = (
        ChatSession.select()
        .where((ChatSession.name == name) & (ChatSession.repo_root == repo_root))
        .order_by(ChatSession.updated.desc())
        .first()
    )
    if session is None:
        return None
    return [
        {"role": m.role, "content": m.content}
        for m in session.messages.order_by(SessionMessage.position)
    ]


def list_sessions(repo_root: str) -> List[str]:
    query = ChatSession.select(ChatSession.name).where(ChatSession.repo_root == repo_root)
    return sorted({s.name for s in query})
