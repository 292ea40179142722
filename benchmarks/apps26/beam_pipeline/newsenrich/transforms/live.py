"""Streaming-only transforms for the live ticker."""
from __future__ import annotations

import logging

import apache_beam as beam
from apache_beam.metrics import Metrics

from newsenrich import config, prompts
from newsenrich.clients import shared_bundle
from newsenrich.schema import Article

_LOG = logging.getLogger(__name__)


class LiveBlurbDoFn(beam.DoFn):
    """Streams a short blurb so the first tokens reach the ticker ASAP.

    (The ticker consumer reads partial blurbs off Redis while this writes them.)
    """

    def __init__(self, model: str = config.ANTHROPIC_MODEL, redis_url: str = "redis://localhost:6379/3"):
        self._model = model
        self._redis_url = redis_url
        self._clients = None
        self._redis = None
        self.latency = Metrics.distribution(self.__class__, "blurb_chars")

    def setup(self):
        import redis

        self._clients = shared_bundle()
        self._redis = redis.Redis.from_url(self._redis_url)

    def process(self, article: Article):
        key = f"ticker:blurb:{article.article_id}"
        parts = []
        with self._clients.anthropic.messages.stream(
            model=self._model,
            max_tokens=90,
            messages=[{"role": "user", "content": prompts.LIVE_BLURB.format(text=article.text_for_model(2000))}],
        ) as stream:
            for text in stream.text_stream:
                parts.append(text)
                self._redis.set(key, "".join(parts), ex=3600)
        blurb = "".join(parts).strip()
        self.latency.update(len(blurb))
        article.extras["blurb"] = blurb
        yield article


class BreakingScoreDoFn(beam.DoFn):
    """Asks a small model whether a windowed group of articles is breaking news."""

    def __init__(self, model: str = "gpt-4o-mini"):
        self._model = model
        self._clients = None

    def setup(self):
        self._clients = shared_bundle()

    def process(self, keyed_group, window=beam.DoFn.WindowParam):
        source, articles = keyed_group
        articles = list(articles)
        titles = "\n".join(f"- {a.title}" for a in articles[:30])
        response = self._clients.openai.responses.create(
            model=self._model,
            instructions="Answer with a number 0-100 only: how likely is this a breaking story?",
            input=f"Headlines from {source} in the last window:\n{titles}",
            max_output_tokens=5,
        )
        try:
            score = int(response.output_text.strip())
        except ValueError:
            score = 0
        for a in articles:
            a.extras["breaking_score"] = score
            a.extras["window_end"] = window.end.to_utc_datetime().isoformat()
            yield a
