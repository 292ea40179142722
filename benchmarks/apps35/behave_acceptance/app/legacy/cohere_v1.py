"""Cohere v1 endpoints from the first search prototype.

`summarize` was retired by Cohere for new models but the
nightly digest still calls it.  Replace with ClientV2.chat (HLX-377).
"""
from __future__ import annotations

import os

import cohere

co = cohere.Client(os.environ.get("CO_API_KEY"))


def v1_summarize(text: str) -> str:
    response = co.summarize(
        text=text,
        length="short",
        format="bullets",
        extractiveness="medium",
    )
    return response.summary


def v1_tokenize(text: str) -> list[int]:
    return co.tokenize(text=text, model="command").tokens
