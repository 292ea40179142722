"""xAI Grok access via the gRPC SDK."""

from __future__ import annotations

from functools import lru_cache

from xai_sdk import Client
from xai_sdk.chat import system

from llmkit.config import get_settings


@lru_cache(maxsize=1)
def get_xai() -> Client:
    return Client(api_key=get_settings().xai_api_key, timeout=120)


def new_chat(system_prompt: str | None = None, *, model: str = "grok-3-mini", temperature: float = 0.0):
    """Start a Grok conversation with an optional system prompt already appended."""
    chat = get_xai().chat.create(model=model, temperature=temperature)
    if system_prompt:
        chat.append(system(system_prompt))
    return chat
