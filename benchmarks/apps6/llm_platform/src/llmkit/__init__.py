"""llmkit: the shared LLM platform library.

Most callers only need :func:`llmkit.container.get_container` and
:func:`llmkit.backends.get_backend`.
"""
from llmkit.config import Settings, get_settings
from llmkit.errors import BackendNotFound, LLMKitError, ProviderError

__all__ = [
    "BackendNotFound",
    "LLMKitError",
    "ProviderError",
    "Settings",
    "get_settings",
]

__version__ = "0.9.3"
