"""Lookup of the OpenAI-compatible backends by name.

TODO(platform-428): fold gemini/groq/cohere in here too once the chat handler
stops switching on provider names itself.
"""
from __future__ import annotations

from typing import Any, Dict

from aiohttp import web

from gateway import appkeys
from gateway.errors import BadRequest

OPENAI_COMPATIBLE: Dict[str, web.AppKey] = {
    "fireworks": appkeys.FIREWORKS,
    "deepseek": appkeys.DEEPSEEK,
}

DEFAULT_MODELS = {
    "fireworks": "accounts/fireworks/models/llama-v3p1-70b-instruct",
    "deepseek": "deepseek-chat",
}


def openai_compatible(app: web.Application, name: str) -> Any:
    try:
        return app[OPENAI_COMPATIBLE[name]]
    except KeyError:
        raise BadRequest(f"no openai-compatible backend named {name!r}") from None
