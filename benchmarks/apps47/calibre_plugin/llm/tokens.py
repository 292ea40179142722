"""Token counting and cost estimates shown in the confirmation dialog
before a bulk run. None of this generates text."""

from calibre_plugins.ai_book_assistant.llm.clients import (
    get_anthropic_client, get_genai_client)
from calibre_plugins.ai_book_assistant.llm.llm_usage_tracker import PRICES

try:
    import tiktoken
except ImportError:  # not vendored on every platform
    tiktoken = None


def rough_tokens(text):
    return max(1, len(text) // 4)


def count_openai(messages, model='gpt-4o-mini'):
    if tiktoken is None:
        return sum(rough_tokens(m['content']) for m in messages)
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding('o200k_base')
    return sum(len(enc.encode(m['content'])) + 4 for m in messages)


def count_anthropic(system, messages, model):
    client = get_anthropic_client()
    res = client.messages.count_tokens(model=model, system=system, messages=messages)
    return res.input_tokens


def count_gemini(contents, model):
    client = get_genai_client()
    res = client.models.count_tokens(model=model, contents=contents)
    return res.total_tokens


def estimate_cost(model, input_tokens, expected_output_tokens):
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + expected_output_tokens * pout) / 1e6
