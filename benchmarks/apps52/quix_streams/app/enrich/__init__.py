"""Enrichment helpers: provider clients, prompts and the model router."""
from app.enrich.clients import (
    get_anthropic,
    get_async_openai,
    get_bedrock,
    get_openai,
    get_together,
    get_voyage,
)
from app.enrich.router import ModelRouter, default_router

__all__ = [
    "ModelRouter",
    "default_router",
    "get_anthropic",
    "get_async_openai",
    "get_bedrock",
    "get_openai",
    "get_together",
    "get_voyage",
]
