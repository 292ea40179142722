"""Provider adapters for the chat deployment.

PLAT-388: moving vendor-specific code out of serve/chat_deployment.py. Together and
Mistral are done; Fireworks still lives in the deployment.
"""
from typing import Dict, Type

from inference.adapters.base import ChatAdapter
from inference.adapters.mistral import MistralAdapter
from inference.adapters.together import TogetherAdapter
from inference.errors import UnknownModel

_REGISTRY: Dict[str, Type[ChatAdapter]] = {
    "together": TogetherAdapter,
    "mistral": MistralAdapter,
}

_instances: Dict[str, ChatAdapter] = {}


def get_adapter(provider: str) -> ChatAdapter:
    if provider not in _REGISTRY:
        raise UnknownModel(f"no adapter registered for provider {provider!r}", provider=provider)
    if provider not in _instances:
        _instances[provider] = _REGISTRY[provider]()
    return _instances[provider]


def registered_providers():
    return sorted(_REGISTRY)
