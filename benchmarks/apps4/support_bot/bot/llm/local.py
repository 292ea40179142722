"""Self-hosted models through Ollama (on-prem customers, and dev laptops without API keys)."""
from __future__ import annotations

import logging
from typing import Dict, List, Optional

from bot.config import get_settings

try:
    import ollama
except ImportError:  # optional extra: pip install support-bot[local]
    ollama = None

log = logging.getLogger(__name__)

_client = None
_async_client = None


def local_models_available() -> bool:
    return ollama is not None


def get_local_client():
    global _client
    if ollama is None:
        raise RuntimeError("ollama is not installed; install the 'local' extra")
    if _client is None:
        _client = ollama.Client(host=get_settings().ollama_host, timeout=120)
    return _client


def get_local_async_client():
    global _async_client
    if ollama is None:
        raise RuntimeError("ollama is not installed; install the 'local' extra")
    if _async_client is None:
        _async_client = ollama.AsyncClient(host=get_settings().ollama_host, timeout=120)
    return _async_client


def installed_models() -> List[str]:
    response = get_local_client().list()
    return [m.model for m in response.models]


def local_chat_fallback(messages: List[Dict[str, str]], model: Optional[str] = None) -> str:
    """Last-resort answer when every hosted provider is failing."""
    if ollama is None:
        return ""
    model = model or get_settings().local_model
    log.warning("answering with local model %s", model)
    response = ollama.chat(model=model, messages=messages, options={"temperature": 0.2})
    return response.message.content
