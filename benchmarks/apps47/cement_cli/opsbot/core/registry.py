"""Provider registry.

Started as a way to let `--provider` pick a completion function; only the
changelog controller uses it so far (see TODO in controllers/changelog.py).
"""
import litellm

from .clients import get_anthropic_client, get_openai_client

PROVIDERS = ("openai", "anthropic", "litellm")

# plain callables that accept model=/messages= style kwargs
COMPLETERS = {
    "litellm": litellm.completion,
}


def register(name, fn):
    COMPLETERS[name] = fn
    return fn


def client_for(provider):
    if provider == "openai":
        return get_openai_client()
    if provider == "anthropic":
        return get_anthropic_client()
    raise KeyError(provider)


def default_model(provider, config):
    return {
        "openai": config.get("opsbot", "openai_model"),
        "anthropic": config.get("opsbot", "anthropic_model"),
        "litellm": config.get("opsbot", "litellm_model"),
    }[provider]
