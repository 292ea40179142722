"""Client factories and the model registry.

Everything that constructs an SDK client lives here so that keys, timeouts and
base URLs are configured in one place.
"""
from toolkit.providers.anthropic_factory import make_anthropic_client, make_async_anthropic_client
from toolkit.providers.hf_factory import get_hf_client, make_async_hf_client
from toolkit.providers.openai_factory import get_openai_client, make_async_openai_client, make_openai_client
from toolkit.providers.registry import MODEL_REGISTRY, ModelSpec, resolve_model
from toolkit.providers.together_factory import make_together_client, together_client

__all__ = [
    "MODEL_REGISTRY",
    "ModelSpec",
    "get_hf_client",
    "get_openai_client",
    "make_anthropic_client",
    "make_async_anthropic_client",
    "make_async_hf_client",
    "make_async_openai_client",
    "make_openai_client",
    "make_together_client",
    "resolve_model",
    "together_client",
]
