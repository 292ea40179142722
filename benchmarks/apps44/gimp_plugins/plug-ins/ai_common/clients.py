"""Client factories shared by all AI plug-ins.

Every plug-in process is short lived (GIMP spawns it per call), so caching
is mostly about not rebuilding clients inside batch loops.
"""
import functools
import logging

from .settings import get_settings

log = logging.getLogger("ai_common.clients")


class MissingKeyError(RuntimeError):
    def __init__(self, provider):
        super().__init__(
            "No API key configured for %s. Open Filters > AI > Settings." % provider
        )
        self.provider = provider


@functools.lru_cache(maxsize=None)
def get_openai_client():
    from openai import OpenAI

    settings = get_settings()
    if not settings.openai_api_key:
        raise MissingKeyError("OpenAI")
    return OpenAI(api_key=settings.openai_api_key, timeout=settings.request_timeout)


@functools.lru_cache(maxsize=None)
def get_anthropic_client():
    import anthropic

    settings = get_settings()
    if not settings.anthropic_api_key:
        raise MissingKeyError("Anthropic")
    return anthropic.Anthropic(
        api_key=settings.anthropic_api_key,
        timeout=settings.request_timeout,
        max_retries=2,
    )


@functools.lru_cache(maxsize=None)
def get_genai_client():
    from google import genai

    settings = get_settings()
    if not settings.google_api_key:
        raise MissingKeyError("Google")
    return genai.Client(api_key=settings.google_api_key)


def get_replicate_client():
    import replicate

    settings = get_settings()
    if not settings.replicate_api_token:
        raise MissingKeyError("Replicate")
    return replicate.Client(api_token=settings.replicate_api_token)


def get_hf_client(model=None):
    from huggingface_hub import InferenceClient

    settings = get_settings()
    return InferenceClient(
        model=model,
        token=settings.hf_token or None,
        timeout=settings.request_timeout,
    )


CLIENT_FACTORIES = {
    "openai": get_openai_client,
    "anthropic": get_anthropic_client,
    "google": get_genai_client,
    "replicate": get_replicate_client,
    "huggingface": get_hf_client,
}


def client_for(provider):
    try:
        factory = CLIENT_FACTORIES[provider]
    except KeyError:
        raise ValueError("unknown provider %r" % provider) from None
    return factory()


def reset_clients():
    """Drop cached clients (after the settings dialog changed a key)."""
    get_openai_client.cache_clear()
    get_anthropic_client.cache_clear()
    get_genai_client.cache_clear()
