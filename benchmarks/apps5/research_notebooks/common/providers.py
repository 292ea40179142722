"""Provider registry shared by the experiments.

Experiments don't import ``clients.py`` (that one loads every SDK at import and
the judge workers fork), they ask this module for exactly what they need.
"""
import os
from typing import Callable, Dict

import anthropic
import cohere
from openai import OpenAI

_EMBEDDERS: Dict[str, Callable[[], object]] = {}


def register_embedder(name):
    def deco(factory):
        _EMBEDDERS[name] = factory
        return factory

    return deco


@register_embedder("cohere")
def _cohere_embedder():
    return cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])


@register_embedder("openai")
def _openai_embedder():
    return OpenAI(max_retries=5)


def get_embedder(name):
    try:
        factory = _EMBEDDERS[name]
    except KeyError:
        raise KeyError(f"no embedder registered as {name!r}; have {sorted(_EMBEDDERS)}") from None
    return factory()


def make_anthropic(max_retries=8):
    """A fresh Anthropic client. Call it inside each worker process, clients don't survive fork."""
    return anthropic.Anthropic(
        api_key=os.environ.get("ANTHROPIC_API_KEY"),
        max_retries=max_retries,
        timeout=180.0,
    )


def smoke_test(model="claude-3-5-haiku-20241022"):
    """One-token request to check the key and the model name before a long run."""
    resp = anthropic.Anthropic().messages.create(
        model=model,
        max_tokens=1,
        messages=[{"role": "user", "content": "ping"}],
    )
    return resp.stop_reason is not None
