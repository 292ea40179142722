"""Old helper functions from the prototype. Please don't add new callers."""

from __future__ import annotations

import functools
import os

import openai
from anthropic import Anthropic

openai.api_key = os.getenv("OPENAI_API_KEY")

_claude = Anthropic()

DEFAULT_MODEL = "gpt-4o-mini"


def ask_gpt(prompt: str, model: str = DEFAULT_MODEL, temperature: float = 0.3) -> str:
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        temperature=temperature,
    )
    return resp.choices[0].message.content


def ask_claude(prompt: str, max_tokens: int = 600) -> str:
    resp = _claude.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": prompt}],
    )
    return resp.content[0].text


def macro_expand(macro: str, ticket_body: str) -> str:
    return ask_gpt(f"Expand this support macro for the ticket below.\nMacro: {macro}\n\n{ticket_body}")


_deterministic = functools.partial(
    openai.chat.completions.create, model=DEFAULT_MODEL, temperature=0
)


def classify_language(text: str) -> str:
    resp = _deterministic(
        messages=[
            {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language."},
            {"role": "user", "content": text[:1000]},
        ]
    )
    return resp.choices[0].message.content.strip().lower()


def legacy_completion(prompt: str) -> str:
    """Used by the canned-response importer. gpt-3.5-turbo-instruct is the only completions model left."""
    resp = openai.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=256)
    return resp.choices[0].text
