"""OCR clean-up for the on-prem Azure deployments (ABBYY output is noisy)."""
from __future__ import annotations

import functools
import os
import re

from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-eu")

_client = AzureOpenAI(
    api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
    azure_endpoint=os.environ.get("AZURE_OPENAI_ENDPOINT", "https://docintel-eu.openai.azure.com"),
    api_version="2024-06-01",
)

_complete = functools.partial(_client.chat.completions.create, model=DEPLOYMENT, temperature=0)

_HYPHEN_BREAK = re.compile(r"(\w)-\n(\w)")
_MULTI_SPACE = re.compile(r"[ \t]{2,}")

FIX_PROMPT = (
    "Fix OCR errors in the text (broken words, 0/O and 1/l confusions, stray symbols). "
    "Do not change wording, numbers that are legible, or layout. Return only the text."
)


class Dictionary:
    """Tiny domain dictionary used for autocompletion of truncated tokens."""

    def __init__(self, words: list[str]) -> None:
        self.words = sorted(set(w.lower() for w in words))

    def complete(self, prefix: str) -> str | None:
        prefix = prefix.lower()
        for w in self.words:
            if w.startswith(prefix):
                return w
        return None


def normalize_whitespace(text: str) -> str:
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return _MULTI_SPACE.sub(" ", text)


def fix_page(text: str) -> str:
    text = normalize_whitespace(text)
    if len(text) < 40:
        return text
    resp = _complete(
        messages=[
            {"role": "system", "content": FIX_PROMPT},
            {"role": "user", "content": text},
        ]
    )
    return resp.choices[0].message.content or text


def fix_document_streaming(pages: list[str]):
    """Yields corrected text as it arrives (the on-prem viewer renders progressively)."""
    for page in pages:
        stream = _client.chat.completions.create(
            model=DEPLOYMENT,
            messages=[
                {"role": "system", "content": FIX_PROMPT},
                {"role": "user", "content": normalize_whitespace(page)},
            ],
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
        yield "\n\f\n"


def expand_truncations(text: str, dictionary: Dictionary) -> str:
    def repl(match: re.Match) -> str:
        return dictionary.complete(match.group(1)) or match.group(0)

    return re.sub(r"\b(\w{4,})\.\.\.", repl, text)
