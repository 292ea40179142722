"""Client-side semantic search: write ``search-vectors.json`` next to the
output so the JS search box can do cosine similarity in the browser.

Uses a small sentence-transformer via HF Inference (384 dims keeps the JSON
small); the query side runs the same model through transformers.js.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from pelican import signals

from llm_common import cache_for, get_hf, llm_settings

from ..ai_summary.text import article_plaintext, trim_words

log = logging.getLogger(__name__)

MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_docs: list[dict] = []


def collect(generator):
    _docs.clear()
    for a in generator.articles:
        _docs.append(
            {
                "url": a.url,
                "title": a.title,
                "text": trim_words(article_plaintext(a._content), 250),
            }
        )


def write_index(pelican):
    cfg = llm_settings(pelican.settings)
    if not cfg.enabled or not _docs:
        return
    cache = cache_for(pelican.settings, "search_vectors")
    hf = get_hf(cfg, model=MODEL)
    rows = []
    for doc in _docs:
        key = cache.key(MODEL, doc["text"])
        vec = cache.get(key)
        if vec is None:
            if cfg.dry_run:
                continue
            vec = hf.feature_extraction(doc["text"]).tolist()
            cache.set(key, vec)
        rows.append({"u": doc["url"], "t": doc["title"], "v": [round(x, 4) for x in vec]})
    out = Path(pelican.output_path) / "search-vectors.json"
    out.write_text(json.dumps({"model": MODEL, "docs": rows}, separators=(",", ":")))
    log.info("search index: %d docs", len(rows))


def register_search():
    signals.article_generator_finalized.connect(collect)
    signals.finalized.connect(write_index)
