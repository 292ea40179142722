"""Search keywords. Cheap model; DeepSeek by default, Together as fallback."""
from __future__ import annotations

import logging

import pandas as pd
from hamilton.function_modifiers import config

from enrichment import prompts
from enrichment.clients import get_deepseek
from enrichment.registry import chat_backend

logger = logging.getLogger(__name__)


def _split(raw: str, k: int) -> list[str]:
    seen: list[str] = []
    for part in raw.replace("\n", ",").split(","):
        kw = part.strip().strip(".").lower()
        if kw and kw not in seen:
            seen.append(kw)
    return seen[:k]


@config.when(keyword_provider="deepseek")
def keywords__deepseek(documents: pd.DataFrame, keyword_count: int = 8) -> pd.Series:
    client = get_deepseek()
    out = {}
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        resp = client.chat.completions.create(
            model="deepseek-chat",
            messages=[{"role": "user", "content": prompts.KEYWORDS_TEMPLATE.format(k=keyword_count, text=body[:8000])}],
            max_tokens=100,
        )
        out[doc_id] = _split(resp.choices[0].message.content or "", keyword_count)
    return pd.Series(out)


@config.when(keyword_provider="together")
def keywords__together(documents: pd.DataFrame, keyword_count: int = 8) -> pd.Series:
    backend = chat_backend("together")
    out = {}
    for doc_id, body in zip(documents["doc_id"], documents["body"]):
        text = backend(prompts.KEYWORDS_TEMPLATE.format(k=keyword_count, text=body[:8000]))
        out[doc_id] = _split(text, keyword_count)
    return pd.Series(out)


def keyword_strings(keywords: pd.Series) -> pd.Series:
    return keywords.map(lambda ks: " ".join(ks))
