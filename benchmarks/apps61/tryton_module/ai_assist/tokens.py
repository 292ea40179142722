# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Token counting and cost estimation (no billable requests here)."""
from decimal import Decimal

# USD per million tokens (input, output)
PRICES = {
    'gpt-4o-mini': (Decimal('0.15'), Decimal('0.60')),
    'gpt-4o': (Decimal('2.50'), Decimal('10.00')),
    'claude-3-5-sonnet-20241022': (Decimal('3.00'), Decimal('15.00')),
    'claude-3-5-haiku-20241022': (Decimal('0.80'), Decimal('4.00')),
    'gemini-2.0-flash': (Decimal('0.10'), Decimal('0.40')),
    'command-r-plus-08-2024': (Decimal('2.50'), Decimal('10.00')),
    'ibm/granite-3-8b-instruct': (Decimal('0.20'), Decimal('0.20')),
    }
MILLION = Decimal(1_000_000)


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (Decimal(0), Decimal(0)))
    return ((price_in * (input_tokens or 0))
        + (price_out * (output_tokens or 0))) / MILLION


def count_anthropic_tokens(client, model, prompt, system=None):
    result = client.messages.count_tokens(
        model=model,
        system=system or '',
        messages=[{'role': 'user', 'content': prompt}])
    return result.input_tokens


def count_cohere_tokens(client, model, text):
    return len(client.tokenize(text=text, model=model).tokens)


def rough_count(text):
    "Fallback when no tokenizer is available: ~4 characters per token"
    return max(1, len(text or '') // 4)


def fits_budget(model, prompt, budget=Decimal('0.05')):
    tokens = rough_count(prompt)
    return estimate_cost(model, tokens, tokens) <= budget
