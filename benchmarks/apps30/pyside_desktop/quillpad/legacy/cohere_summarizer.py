"""Cohere v1 summarizer from the 'Digest' feature (v0.5).

Kept because some users still have Digest pinned in their toolbar.
"""
from __future__ import annotations

import cohere

from quillpad.settings import app_settings


class CohereDigest:
    def __init__(self, api_key: str | None = None) -> None:
        self.co = cohere.Client(api_key or app_settings().api_key("cohere"))

    def digest(self, text: str, length: str = "medium") -> str:
        resp = self.co.chat(
            model="command-r",
            message=f"Write a {length} digest of the following text:\n\n{text}",
            temperature=0.3,
        )
        return resp.text

    def token_estimate(self, text: str) -> int:
        return len(self.co.tokenize(text=text, model="command-r").tokens)


def digest_document(text: str) -> str:
    return CohereDigest().digest(text)
