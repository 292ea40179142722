"""Name -> client getter registry.

Added when the router service started picking providers from config instead of
hard-coding them. Only OpenAI-shaped clients live here (anything with
``chat.completions.create``).
"""
from typing import Callable, Dict

from common.clients import (
    get_cerebras_client,
    get_deepseek_client,
    get_openai_client,
    get_perplexity_client,
)

CHAT_PROVIDERS: Dict[str, Callable[[], object]] = {
    "openai": get_openai_client,
    "deepseek": get_deepseek_client,
    "perplexity": get_perplexity_client,
    "cerebras": get_cerebras_client,
}

DEFAULT_MODELS = {
    "openai": "gpt-4o-mini",
    "deepseek": "deepseek-chat",
    "perplexity": "sonar",
    "cerebras": "llama3.1-8b",
}


def get_client(provider: str):
    try:
        return CHAT_PROVIDERS[provider]()
    except KeyError:
        raise ValueError("unknown chat provider %r (known: %s)" % (provider, ", ".join(CHAT_PROVIDERS)))


def default_model(provider: str) -> str:
    return DEFAULT_MODELS[provider]
