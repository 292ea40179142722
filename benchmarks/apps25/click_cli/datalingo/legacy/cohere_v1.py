"""Cohere v1 API helpers (generate/summarize endpoints).

`summarize` is deprecated on Cohere's side but still answers; the support-ticket
digest job uses it.
"""
from __future__ import annotations

import os

import cohere

_co = None


def client():
    global _co
    if _co is None:
        _co = cohere.Client(os.environ["CO_API_KEY"], timeout=120)
    return _co


def generate_tagline(product_description, max_tokens=40):
    response = client().generate(
        model="command",
        prompt="Write a one-line tagline for this product:\n" + product_description,
        max_tokens=max_tokens,
        temperature=0.7,
    )
    return response.generations[0].text.strip()


def summarize_ticket(text):
    response = client().summarize(
        text=text,
        length="short",
        format="bullets",
        extractiveness="medium",
    )
    return response.summary


def check_key():
    return client().check_api_key()
