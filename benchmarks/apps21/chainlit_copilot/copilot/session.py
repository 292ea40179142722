"""Thin helpers around ``cl.user_session`` so key names live in one place."""
from __future__ import annotations

from typing import Any, Optional

import chainlit as cl

from copilot.config import settings
from copilot.prompts import SYSTEM_PROMPT
from copilot.providers import ChatBackend, create_backend

BACKEND_KEY = "backend"
HISTORY_KEY = "message_history"
SETTINGS_KEY = "chat_settings"
POLICY_KEY = "active_policy"
AGENT_KEY = "agent_profile"


def init_session(profile: Optional[str], chat_settings: Optional[dict[str, Any]] = None) -> ChatBackend:
    chat_settings = chat_settings or {}
    backend = create_backend(profile, chat_settings.get("model"))
    cl.user_session.set(BACKEND_KEY, backend)
    cl.user_session.set(HISTORY_KEY, [{"role": "system", "content": SYSTEM_PROMPT}])
    cl.user_session.set(SETTINGS_KEY, chat_settings)
    return backend


def get_backend() -> ChatBackend:
    backend = cl.user_session.get(BACKEND_KEY)
    if backend is None:
        backend = init_session(cl.user_session.get("chat_profile"))
    return backend


def get_history() -> list[dict[str, Any]]:
    return cl.user_session.get(HISTORY_KEY) or [{"role": "system", "content": SYSTEM_PROMPT}]


def append_turn(role: str, content: str) -> None:
    history = get_history()
    history.append({"role": role, "content": content})
    # keep the system prompt + the last N turns
    if len(history) > settings.max_history_turns * 2 + 1:
        history = [history[0]] + history[-settings.max_history_turns * 2 :]
    cl.user_session.set(HISTORY_KEY, history)


def get_chat_settings() -> dict[str, Any]:
    return cl.user_session.get(SETTINGS_KEY) or {}


def set_active_policy(policy: Optional[dict[str, Any]]) -> None:
    cl.user_session.set(POLICY_KEY, policy)


def get_active_policy() -> Optional[dict[str, Any]]:
    return cl.user_session.get(POLICY_KEY)


def session_id() -> str:
    return cl.context.session.id
