"""The Socket.IO server instance and access to the services container."""
from __future__ import annotations

import socketio

from app.config import get_settings
from app.services import Services, get_services

_settings = get_settings()

mgr = (
    socketio.AsyncRedisManager(_settings.redis_url)
    if _settings.env != "dev"
    else None
)

sio = socketio.AsyncServer(
    async_mode="aiohttp",
    cors_allowed_origins=list(_settings.cors_origins),
    client_manager=mgr,
    ping_interval=20,
    ping_timeout=25,
    logger=False,
)


def services() -> Services:
    return get_services()


def room_for(conversation_id: str) -> str:
    return f"conv:{conversation_id}"
