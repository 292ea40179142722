"""SEO ``keywords`` meta for pages (not articles).

Uses an open model through HF Inference because keywords are low-stakes and
the page count is small.  Connected from ai_tags.register() via
``signals.content_object_init`` — see below.
"""
from __future__ import annotations

import logging
import re

from pelican import signals
from pelican.contents import Page

from llm_common import cache_for, get_client, llm_settings

from ..ai_summary.text import article_plaintext, trim_words

log = logging.getLogger(__name__)

PROMPT = (
    "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n"
    "Give 5 comma-separated SEO keywords for this page. Output only the keywords.\n\n"
    "{text}<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n"
)


class KeywordExtractor:
    def __init__(self, settings):
        self.cfg = llm_settings(settings)
        self.client = get_client("hf", self.cfg)
        self.cache = cache_for(settings, "keywords")

    def extract(self, text: str) -> list[str]:
        key = self.cache.key(self.cfg.hf_chat_model, text)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        raw = self.client.text_generation(
            PROMPT.format(text=text),
            model=self.cfg.hf_chat_model,
            max_new_tokens=40,
            temperature=0.2,
        )
        words = [w.strip().lower() for w in re.split(r"[,\n]", raw) if w.strip()][:5]
        self.cache.set(key, words)
        return words


_extractor: KeywordExtractor | None = None


def add_keywords(content):
    global _extractor
    if not isinstance(content, Page) or content.metadata.get("keywords"):
        return
    if not content.settings.get("LLM_ENABLED", True) or content.settings.get("LLM_DRY_RUN"):
        return
    if _extractor is None:
        _extractor = KeywordExtractor(content.settings)
    text = trim_words(article_plaintext(content._content), 600)
    content.metadata["keywords"] = ", ".join(_extractor.extract(text))


def register_keywords():
    signals.content_object_init.connect(add_keywords)
