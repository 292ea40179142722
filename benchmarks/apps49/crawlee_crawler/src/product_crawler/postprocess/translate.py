"""Localise summaries for the DE/FR storefronts. Added by the i18n team (Q1)."""

from __future__ import annotations

import logging

from google.genai import types

from product_crawler.llm import get_genai_client, get_sync_anthropic_client

logger = logging.getLogger(__name__)

LANGS = {"de": "German", "fr": "French", "es": "Spanish"}


class SummaryTranslator:
    def __init__(self, model: str = "claude-3-5-haiku-latest") -> None:
        self.llm = get_sync_anthropic_client()
        self.model = model

    def translate(self, text: str, lang: str) -> str:
        if lang not in LANGS:
            raise ValueError(f"unsupported language {lang}")
        reply = self.llm.messages.create(
            model=self.model,
            max_tokens=400,
            messages=[
                {
                    "role": "user",
                    "content": f"Translate this product summary into {LANGS[lang]}. Keep units and brand names.\n\n{text}",
                }
            ],
        )
        return reply.content[0].text.strip()

    def translate_all(self, items: list[dict], langs: list[str]) -> list[dict]:
        out = []
        for item in items:
            summary = item.get("summary")
            if not summary:
                out.append(item)
                continue
            out.append({**item, **{f"summary_{l}": self.translate(summary, l) for l in langs}})
        return out


def multilingual_vectors(texts: list[str]) -> list[list[float]]:
    """Gemini embeddings are used for cross-language matching (Voyage is English-tuned)."""
    result = get_genai_client().models.embed_content(
        model="text-embedding-004",
        contents=texts,
        config=types.EmbedContentConfig(task_type="SEMANTIC_SIMILARITY"),
    )
    return [e.values for e in result.embeddings]
