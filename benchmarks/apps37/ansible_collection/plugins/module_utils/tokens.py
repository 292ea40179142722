# -*- coding: utf-8 -*-
# GNU General Public License v3.0+ (see COPYING or https://www.gnu.org/licenses/gpl-3.0.txt)

"""Token budgeting and cost estimates (no billable requests in here)."""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

try:
    import tiktoken
    HAS_TIKTOKEN = True
except ImportError:
    HAS_TIKTOKEN = False

from ansible_collections.acme.llmops.plugins.module_utils.llm_clients import (
    get_anthropic_client,
    get_cohere_client,
)

# USD per 1M tokens (input, output); refreshed by scripts/refresh_prices.py
PRICES = {
    'gpt-4o-mini': (0.15, 0.60),
    'gpt-4o': (2.50, 10.00),
    'claude-3-5-sonnet-20241022': (3.00, 15.00),
    'claude-3-5-haiku-20241022': (0.80, 4.00),
    'command-r-plus-08-2024': (2.50, 10.00),
    'ibm/granite-3-8b-instruct': (0.20, 0.20),
}


def estimate_cost(model, input_tokens, output_tokens):
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1e6, 6)


def count_openai_tokens(text, model='gpt-4o-mini'):
    if not HAS_TIKTOKEN:
        return len(text) // 4
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding('o200k_base')
    return len(enc.encode(text))


def count_anthropic_tokens(messages, model, system=None):
    client = get_anthropic_client()
    kwargs = dict(model=model, messages=messages)
    if system:
        kwargs['system'] = system
    return client.messages.count_tokens(**kwargs).input_tokens


def count_cohere_tokens(text, model):
    return len(get_cohere_client().tokenize(text=text, model=model).tokens)


def fits_budget(text, model, budget):
    return count_openai_tokens(text, model) <= budget
