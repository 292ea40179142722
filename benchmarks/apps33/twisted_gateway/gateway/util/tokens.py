"""Token counting helpers -- used for budget checks before we send anything."""
import functools

import tiktoken

from gateway.providers import get_anthropic_client, get_cohere_client, get_voyage_client


@functools.lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(messages, model="gpt-4o-mini"):
    enc = _encoding(model)
    return sum(len(enc.encode(m.get("content") or "")) + 4 for m in messages)


def count_claude_tokens(messages, model):
    # free endpoint, not billed
    result = get_anthropic_client().messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def count_voyage_tokens(texts, model="voyage-3"):
    return get_voyage_client().count_tokens(texts, model=model)


def count_cohere_tokens(text, model="command-r-plus-08-2024"):
    return len(get_cohere_client().tokenize(text=text, model=model).tokens)


def truncate_to_budget(text, budget, model="gpt-4o-mini"):
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= budget:
        return text
    return enc.decode(ids[:budget])
