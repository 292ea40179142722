"""Conversation memory.

opsdroid's own ``memory`` is a key/value store; for conversation history we
keep a proper table so we can trim and search it.  The sqlite file is the
same one configured under ``databases.sqlite``.
"""
import json
import logging
import time

import aiosqlite

_LOGGER = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversation_turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    user TEXT NOT NULL,
    role TEXT NOT NULL,
    content TEXT NOT NULL,
    created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_turns_room ON conversation_turns(room, created_at);
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    call_id TEXT PRIMARY KEY,
    provider TEXT, model TEXT, feature_context TEXT,
    input_tokens INTEGER, output_tokens INTEGER,
    cost_usd REAL, duration_ms INTEGER, success INTEGER, error TEXT,
    created_at REAL
);
"""


class ConversationStore:
    def __init__(self, path):
        self.path = path
        self._db = None

    async def connect(self):
        if self._db is None:
            self._db = await aiosqlite.connect(self.path)
            await self._db.executescript(SCHEMA)
            await self._db.commit()
        return self._db

    async def create(self, room, user, role, content):
        """Insert one turn.  (Named ``create`` for symmetry with the repo API.)"""
        db = await self.connect()
        await db.execute(
            "INSERT INTO conversation_turns(room, user, role, content, created_at) VALUES (?,?,?,?,?)",
            (room, user, role, content, time.time()),
        )
        await db.commit()

    async def history(self, room, limit=6):
        db = await self.connect()
        cur = await db.execute(
            "SELECT role, content FROM conversation_turns WHERE room=? ORDER BY created_at DESC LIMIT ?",
            (room, limit),
        )
        rows = await cur.fetchall()
        return [{"role": r, "content": c} for r, c in reversed(rows)]

    async def forget(self, room):
        db = await self.connect()
        await db.execute("DELETE FROM conversation_turns WHERE room=?", (room,))
        await db.commit()

    async def record(self, usage_log):
        """Sink for ``llm_tracker``."""
        db = await self.connect()
        await db.execute(
            "INSERT OR REPLACE INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                usage_log.call_id, usage_log.provider, usage_log.model,
                usage_log.feature_context, usage_log.input_tokens,
                usage_log.output_tokens, usage_log.cost_usd, usage_log.duration_ms,
                int(usage_log.success), usage_log.error, time.time(),
            ),
        )
        await db.commit()


async def remember(opsdroid, key, value, max_items=50):
    """Append to a list stored in opsdroid's memory."""
    items = await opsdroid.memory.get(key) or []
    items.append(value)
    await opsdroid.memory.put(key, json.loads(json.dumps(items[-max_items:])))
    return items


_STORES = {}


def store_for(path):
    if path not in _STORES:
        _STORES[path] = ConversationStore(path)
    return _STORES[path]
