"""Token counting helpers used for prompt budgeting before we call a model.

None of these are billed generations: Anthropic's count_tokens endpoint and
Cohere's tokenize are free, tiktoken is local.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import tiktoken

from gateway.llm.factory import get_anthropic, get_cohere

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    enc = _encoding(model)
    total = 3
    for m in messages:
        total += 4 + len(enc.encode(m.get("content") or ""))
    return total


async def count_anthropic_tokens(messages: list[dict], model: str, system: str | None = None) -> int:
    client = get_anthropic()
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    result = await client.messages.count_tokens(**kwargs)
    return result.input_tokens


async def count_cohere_tokens(text: str, model: str = "command-r-08-2024") -> int:
    co = get_cohere()
    resp = await co.tokenize(text=text, model=model)
    return len(resp.tokens)


def truncate_to_budget(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    log.info("truncating prompt from %d to %d tokens", len(ids), max_tokens)
    return enc.decode(ids[:max_tokens])
