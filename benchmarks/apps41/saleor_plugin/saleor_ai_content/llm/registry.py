"""Provider registry: a single `complete()` entry point per provider.

Each completer takes OpenAI-style messages and returns plain text. The
plugin configuration picks one by name ("openai", "anthropic", "together").
"""
import logging
from typing import Callable, Dict, List, Optional

from .. import settings as ai_settings
from .clients import get_anthropic_client, get_openai_client, get_together_client
from .prompts import to_anthropic

logger = logging.getLogger(__name__)

Completer = Callable[..., str]

_COMPLETERS: Dict[str, Completer] = {}


def register(name: str):
    def decorator(fn: Completer) -> Completer:
        _COMPLETERS[name] = fn
        return fn

    return decorator


@register("openai")
def _openai_complete(
    messages: List[dict], *, api_key: Optional[str] = None, model: Optional[str] = None,
    temperature: float = 0.7, max_tokens: int = 400,
) -> str:
    client = get_openai_client(api_key)
    response = client.chat.completions.create(
        model=model or ai_settings.AI_CONTENT_OPENAI_MODEL,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return (response.choices[0].message.content or "").strip()


@register("anthropic")
def _anthropic_complete(
    messages: List[dict], *, api_key: Optional[str] = None, model: Optional[str] = None,
    temperature: float = 0.7, max_tokens: int = 400,
) -> str:
    system, rest = to_anthropic(messages)
    message = get_anthropic_client(api_key).messages.create(
        model=model or ai_settings.AI_CONTENT_ANTHROPIC_MODEL,
        system=system,
        messages=rest,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return "".join(block.text for block in message.content if block.type == "text").strip()


@register("together")
def _together_complete(
    messages: List[dict], *, api_key: Optional[str] = None, model: Optional[str] = None,
    temperature: float = 0.7, max_tokens: int = 400,
) -> str:
    together = get_together_client(api_key)
    response = together.chat.completions.create(
        model=model or ai_settings.AI_CONTENT_TOGETHER_MODEL,
        messages=messages,
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response.choices[0].message.content.strip()


def get_completer(name: str) -> Completer:
    try:
        return _COMPLETERS[name]
    except KeyError:
        logger.error("Unknown provider %s, falling back to openai", name)
        return _COMPLETERS["openai"]


def available_providers() -> List[str]:
    return sorted(_COMPLETERS)
