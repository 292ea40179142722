from __future__ import annotations

import logging
import sqlite3
from contextlib import asynccontextmanager
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.checkpoint.sqlite import SqliteSaver

from app.config import settings

logger = logging.getLogger(__name__)

_saver: BaseCheckpointSaver | None = None


def get_checkpointer() -> BaseCheckpointSaver:
    """Sync checkpointer used by scripts and the legacy sync graphs."""
    global _saver
    if _saver is not None:
        return _saver
    if settings.checkpointer == "sqlite":
        Path(settings.sqlite_path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(settings.sqlite_path, check_same_thread=False)
        _saver = SqliteSaver(conn)
        _saver.setup()
    else:
        if settings.checkpointer != "memory":
            logger.warning("checkpointer %s not supported synchronously, using memory", settings.checkpointer)
        _saver = InMemorySaver()
    return _saver


@asynccontextmanager
async def async_checkpointer():
    if settings.checkpointer == "postgres" and settings.postgres_dsn:
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

        async with AsyncPostgresSaver.from_conn_string(settings.postgres_dsn) as saver:
            await saver.setup()
            yield saver
    else:
        yield InMemorySaver()
