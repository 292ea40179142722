"""Token counting and cost estimation -- no billable requests here."""
import logging

from llm.clients import get_anthropic_client, get_bedrock_runtime, get_cohere_client

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output); finance sheet from 2024-11
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "command-r-plus-08-2024": (2.50, 10.00),
}


def estimate_cost(model, input_tokens, output_tokens):
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def count_anthropic_tokens(model, system, user):
    client = get_anthropic_client()
    result = client.messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": user}],
    )
    return result.input_tokens


def count_cohere_tokens(model, text):
    co = get_cohere_client()
    return len(co.tokenize(text=text, model=model).tokens)


def count_bedrock_tokens(model_id, user):
    rt = get_bedrock_runtime()
    out = rt.count_tokens(
        modelId=model_id,
        input={"converse": {"messages": [{"role": "user", "content": [{"text": user}]}]}},
    )
    return out["inputTokens"]


def rough_token_count(text):
    # ~4 chars per token is close enough for budget checks
    return max(1, len(text) // 4)
