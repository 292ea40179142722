"""Headline work: de-clickbait rewriting (DeepSeek) and title translation (HF).

DeepSeek won the blind eval for headline rewriting at ~1/5 the cost, so this
step uses its OpenAI-compatible endpoint. The reasoner model is only used for
the "explain why" audit sample (1%) that editors review.

Title translation for non-English sources uses an open model through HF
Inference Providers, with the InferenceClient from the pool.
"""
from __future__ import annotations

import logging
import random
from typing import Optional

import apache_beam as beam
from apache_beam.metrics import Metrics

from newsenrich import config, prompts
from newsenrich.clients import make_deepseek_client
from newsenrich.clients.pool import get_hf
from newsenrich.schema import Article
from newsenrich.textutils import HeadlineTemplate

_LOG = logging.getLogger(__name__)


class RewriteHeadlineDoFn(beam.DoFn):
    def __init__(self, model: str = config.DEEPSEEK_CHAT_MODEL, audit_rate: float = 0.01):
        self._model = model
        self._audit_rate = audit_rate
        self._client = None
        self._fallback = HeadlineTemplate()
        self.rewritten = Metrics.counter(self.__class__, "rewritten")
        self.fallbacks = Metrics.counter(self.__class__, "fallbacks")

    @property
    def client(self):
        # lazily, because DirectRunner tests construct this DoFn without keys
        if self._client is None:
            self._client = make_deepseek_client()
        return self._client

    def process(self, article: Article):
        try:
            completion = self.client.chat.completions.create(
                model=self._model,
                messages=[
                    {"role": "system", "content": prompts.HEADLINE_SYSTEM},
                    {"role": "user", "content": f"{article.title}\n\n{article.body[:1500]}"},
                ],
                temperature=0.7,
                max_tokens=60,
            )
            headline = (completion.choices[0].message.content or "").strip().strip('"')
        except Exception:  # noqa: BLE001
            _LOG.warning("deepseek rewrite failed for %s", article.article_id, exc_info=True)
            headline = ""
        if not headline or len(headline) > 120:
            self.fallbacks.inc()
            headline = self._fallback.generate(article.title, article.source)
        else:
            self.rewritten.inc()
        article.headline = headline
        if random.random() < self._audit_rate:
            article.extras["headline_audit"] = self._explain(article.title, headline)
        yield article

    def _explain(self, original: str, rewritten: str) -> Optional[str]:
        resp = self.client.chat.completions.create(
            model=config.DEEPSEEK_REASONER_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": f"Original headline: {original}\nRewritten: {rewritten}\n"
                    "Explain in two sentences whether the rewrite preserves the facts.",
                }
            ],
        )
        return resp.choices[0].message.content


class TranslateTitleDoFn(beam.DoFn):
    def __init__(self, model: str = config.HF_CHAT_MODEL):
        self._model = model
        self._hf = None

    def setup(self):
        self._hf = get_hf()

    def process(self, article: Article):
        if article.language == "en":
            yield article
            return
        out = self._hf.chat_completion(
            messages=[{"role": "user", "content": prompts.TRANSLATE_TITLE.format(title=article.title)}],
            model=self._model,
            max_tokens=80,
            temperature=0.1,
        )
        article.extras["original_title"] = article.title
        article.title = out.choices[0].message.content.strip()
        yield article
