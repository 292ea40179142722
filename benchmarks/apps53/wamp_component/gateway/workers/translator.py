"""Batch translation of help-centre articles.  Runs from cron via
scripts/translate_articles.py; not a WAMP component itself.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from gateway.llm.factory import make_cerebras_sync

log = logging.getLogger(__name__)

LANGS = ("de", "fr", "es", "it", "nl")


class ArticleTranslator:
    def __init__(self, api_key: str | None = None, workers: int = 4) -> None:
        self.client = make_cerebras_sync(api_key)
        self.pool = ThreadPoolExecutor(max_workers=workers)

    def _translate_one(self, body: str, lang: str) -> str:
        resp = self.client.chat.completions.create(
            model="llama-3.3-70b",
            messages=[
                {"role": "system", "content": f"Translate this markdown article to '{lang}'. Keep formatting."},
                {"role": "user", "content": body},
            ],
        )
        return resp.choices[0].message.content

    def translate_all(self, article: dict) -> dict[str, str]:
        futures = {lang: self.pool.submit(self._translate_one, article["body"], lang) for lang in LANGS}
        out = {}
        for lang, fut in futures.items():
            try:
                out[lang] = fut.result(timeout=120)
            except Exception:
                log.exception("translation %s failed for %s", lang, article.get("slug"))
        return out

    def close(self) -> None:
        self.pool.shutdown(wait=True)
