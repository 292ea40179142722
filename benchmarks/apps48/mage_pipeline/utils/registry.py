"""Provider registry for the sentiment block (A/B of providers).

Each entry is a callable (prompt, model) -> str. Chosen by the
`sentiment_provider` pipeline variable.
"""
import logging
from typing import Callable, Dict

import litellm

from mage_pipeline.utils.clients import (
    get_anthropic_client,
    get_cohere_client,
    get_together_client,
    together_openai_compat,
)

logger = logging.getLogger(__name__)

Completer = Callable[[str, str], str]
_REGISTRY: Dict[str, Completer] = {}


def register(name: str):
    def deco(fn: Completer) -> Completer:
        _REGISTRY[name] = fn
        return fn
    return deco


@register('together')
def _together(prompt: str, model: str) -> str:
    resp = get_together_client().chat.completions.create(
        model=model,
        messages=[{'role': 'user', 'content': prompt}],
        max_tokens=8,
        temperature=0,
    )
    return resp.choices[0].message.content


@register('together_openai')
def _together_openai(prompt: str, model: str) -> str:
    client = together_openai_compat()
    resp = client.chat.completions.create(
        model=model,
        messages=[{'role': 'user', 'content': prompt}],
        max_tokens=8,
    )
    return resp.choices[0].message.content


@register('cohere')
def _cohere(prompt: str, model: str) -> str:
    resp = get_cohere_client().chat(
        model=model,
        messages=[{'role': 'user', 'content': prompt}],
        temperature=0,
    )
    return resp.message.content[0].text


@register('anthropic')
def _anthropic(prompt: str, model: str) -> str:
    msg = get_anthropic_client().messages.create(
        model=model, max_tokens=8, messages=[{'role': 'user', 'content': prompt}]
    )
    return msg.content[0].text


@register('litellm')
def _litellm(prompt: str, model: str) -> str:
    resp = litellm.completion(model=model, messages=[{'role': 'user', 'content': prompt}])
    return resp.choices[0].message.content


def get_completer(name: str) -> Completer:
    if name not in _REGISTRY:
        raise KeyError(f'no completer registered as {name!r}; have {sorted(_REGISTRY)}')
    return _REGISTRY[name]


def available() -> list:
    return sorted(_REGISTRY)
