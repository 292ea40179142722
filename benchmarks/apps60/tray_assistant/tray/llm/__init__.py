"""LLM plumbing: client factories, backends and the tracked service."""
from tray.llm.clients import (
    XAI_BASE_URL,
    get_anthropic,
    get_async_anthropic,
    get_genai_client,
    get_hf_client,
    get_xai_client,
    make_async_openai_client,
    make_openai_client,
    reset_clients,
)
from tray.llm.registry import available, get_backend, register_backend, register_defaults

__all__ = [
    "XAI_BASE_URL",
    "available",
    "get_anthropic",
    "get_async_anthropic",
    "get_backend",
    "get_genai_client",
    "get_hf_client",
    "get_xai_client",
    "make_async_openai_client",
    "make_openai_client",
    "register_backend",
    "register_defaults",
    "reset_clients",
]
