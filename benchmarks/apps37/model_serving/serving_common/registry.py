"""Process-wide backend registry, populated lazily from the client factories."""
from __future__ import annotations

import threading

from serving_common import clients
from serving_common.backends import (
    AnthropicBackend,
    Backend,
    BedrockConverseBackend,
    OpenAIChatBackend,
    ReplicateBackend,
    XAIBackend,
)
from serving_common.config import settings

_lock = threading.Lock()
_BACKENDS: dict[str, Backend] = {}

_FACTORIES = {
    "openai": lambda: OpenAIChatBackend(clients.get_openai_client(), settings.default_chat_model),
    "anthropic": lambda: AnthropicBackend(clients.get_anthropic_client(), settings.claude_model),
    "bedrock": lambda: BedrockConverseBackend(clients.get_bedrock_runtime(), settings.bedrock_model_id),
    "replicate": lambda: ReplicateBackend(clients.get_replicate_client()),
    "xai": lambda: XAIBackend(clients.get_xai_client(), settings.grok_model),
}

# Raw SDK clients, for predictors that need provider-specific features
# (streaming, tool use) the Backend interface doesn't cover yet.
RAW_CLIENTS = {
    "openai": clients.get_openai_client,
    "anthropic": clients.get_anthropic_client,
    "xai": clients.get_xai_client,
    "bedrock": clients.get_bedrock_runtime,
}


def get_backend(name: str) -> Backend:
    backend = _BACKENDS.get(name)
    if backend is not None:
        return backend
    with _lock:
        if name not in _BACKENDS:
            try:
                _BACKENDS[name] = _FACTORIES[name]()
            except KeyError:
                raise ValueError(f"unknown backend {name!r}; known: {sorted(_FACTORIES)}") from None
        return _BACKENDS[name]


def raw_client(name: str):
    return RAW_CLIENTS[name]()


def register(name: str, backend: Backend) -> None:
    """Tests use this to drop in fakes."""
    with _lock:
        _BACKENDS[name] = backend


def clear() -> None:
    with _lock:
        _BACKENDS.clear()
