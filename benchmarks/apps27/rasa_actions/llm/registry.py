"""Named completion functions.

Product asked to A/B different models for the plan recommender, so the action looks
up a callable by name (``PLAN_RECO_MODEL``) instead of hard-coding a vendor.
Every entry takes OpenAI-style messages and returns plain text.
"""
from __future__ import annotations

import logging
from typing import Callable, Dict, List

import ollama

from llm.clients import get_cohere_client, get_mistral_client
from llm.config import get_settings

logger = logging.getLogger(__name__)

Messages = List[Dict[str, str]]
CompletionFn = Callable[[Messages], str]

REGISTRY: Dict[str, CompletionFn] = {}


def register(name: str):
    def deco(fn: CompletionFn) -> CompletionFn:
        if name in REGISTRY:
            logger.warning("overriding completion fn %s", name)
        REGISTRY[name] = fn
        return fn

    return deco


@register("mistral-small")
def _mistral_small(messages: Messages) -> str:
    res = get_mistral_client().chat.complete(
        model="mistral-small-latest",
        messages=messages,
        temperature=0.3,
    )
    return res.choices[0].message.content


@register("command-r-plus")
def _command_r_plus(messages: Messages) -> str:
    co = get_cohere_client()
    res = co.chat(model=get_settings().model_for("cohere"), messages=messages, temperature=0.3)
    return "".join(part.text for part in res.message.content if part.type == "text")


@register("llama-local")
def _llama_local(messages: Messages) -> str:
    # uses the default ollama client (OLLAMA_HOST) -- only on the on-prem images
    resp = ollama.chat(model=get_settings().model_for("ollama"), messages=messages)
    return resp["message"]["content"]


def get_completion_fn(name: str) -> CompletionFn:
    try:
        return REGISTRY[name]
    except KeyError:
        logger.error("no completion fn named %s, falling back to mistral-small", name)
        return REGISTRY["mistral-small"]


def available() -> List[str]:
    return sorted(REGISTRY)
