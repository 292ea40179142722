"""Service layer: client factories, prompt helpers, tracking."""
from services.clients import (
    get_anthropic,
    get_fireworks,
    get_genai,
    get_openai,
    get_sync_anthropic,
    get_sync_openai,
    get_sync_together,
    get_together,
)
from services.prompts import build_messages, render_prompt

__all__ = [
    "get_anthropic",
    "get_fireworks",
    "get_genai",
    "get_openai",
    "get_sync_anthropic",
    "get_sync_openai",
    "get_sync_together",
    "get_together",
    "build_messages",
    "render_prompt",
]
