"""Typed keys for everything we hang off the aiohttp Application."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from aiohttp import web

from gateway.config import Settings

if TYPE_CHECKING:  # pragma: no cover
    from gateway.storage import BlobStore, Database
    from gateway.tasks.runner import TaskRunner

SETTINGS = web.AppKey("settings", Settings)
DB = web.AppKey("db", "Database")
BLOBS = web.AppKey("blobs", "BlobStore")
RUNNER = web.AppKey("runner", "TaskRunner")

# upstream model clients, created in gateway.clients.model_clients
GEMINI = web.AppKey("gemini", Any)
GROQ = web.AppKey("groq", Any)
COHERE = web.AppKey("cohere", Any)
FIREWORKS = web.AppKey("fireworks", Any)
DEEPSEEK = web.AppKey("deepseek", Any)
HTTP = web.AppKey("http_session", Any)
