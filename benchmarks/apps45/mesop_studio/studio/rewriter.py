"""Prompt rewriting helpers (tone / length / code completion presets).

The Rewriter is built once per session by the playground and keeps whatever
Mistral client it was given.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from studio.backends import get_mistral_client

PRESETS = {
    "shorter": "Rewrite the text to be about half as long, keeping all facts.",
    "formal": "Rewrite the text in a formal register.",
    "friendly": "Rewrite the text in a warm, friendly tone.",
    "bullets": "Rewrite the text as a concise bullet list.",
}


@dataclass
class Rewriter:
    client: object = field(default_factory=get_mistral_client)
    model: str = "mistral-small-latest"

    def rewrite(self, text: str, preset: str) -> str:
        res = self.client.chat.complete(
            model=self.model,
            messages=[
                {"role": "system", "content": PRESETS[preset]},
                {"role": "user", "content": text},
            ],
        )
        return res.choices[0].message.content

    def complete_code(self, prefix: str, suffix: str = "") -> str:
        res = self.client.fim.complete(model="codestral-latest", prompt=prefix, suffix=suffix)
        return res.choices[0].message.content


class SlugGenerator:
    """Turns titles into URL slugs.  `generate` is not a model call."""

    def __init__(self, max_len: int = 60):
        self.max_len = max_len

    def generate(self, title: str) -> str:
        out = "".join(c.lower() if c.isalnum() else "-" for c in title)
        while "--" in out:
            out = out.replace("--", "-")
        return out.strip("-")[: self.max_len]


_default_rewriter: Rewriter | None = None


def default_rewriter() -> Rewriter:
    global _default_rewriter
    if _default_rewriter is None:
        _default_rewriter = Rewriter()
    return _default_rewriter
