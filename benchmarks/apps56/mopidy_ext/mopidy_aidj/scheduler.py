"""Periodic jobs on the Tornado IOLoop: weekly summary, nightly digest,
hourly intros. Started by the HTTP app factory's first request (Mopidy
doesn't give extensions their own loop)."""

import asyncio
import datetime
import logging

from tornado.ioloop import PeriodicCallback

from .legacy.intros import hourly_intro
from .llm import make_together_client
from .services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000


class DigestGenerator:
    """Builds the nightly digest text. ``generate()`` is pure string work."""

    def __init__(self, store):
        self.store = store

    def generate(self, day):
        start = datetime.datetime.combine(day, datetime.time.min)
        plays = self.store.plays_since(start)
        if not plays:
            return ""
        lines = [f"{datetime.datetime.fromtimestamp(p.played_at):%H:%M} {p.artist} - {p.title}" for p in plays]
        return "\n".join(lines)


class Scheduler:
    def __init__(self, ext_config, store, frontend):
        self.ext_config = ext_config
        self.store = store
        self.frontend = frontend
        self.digest = DigestGenerator(store)
        self.together = make_together_client(ext_config)
        self._callbacks = []
        self.latest_digest = None
        self.latest_intro = None

    def start(self):
        if self._callbacks:
            return
        for fn, every in ((self._hourly, HOUR_MS), (self._nightly, 24 * HOUR_MS)):
            cb = PeriodicCallback(fn, every, jitter=0.1)
            cb.start()
            self._callbacks.append(cb)
        logger.info("AIDJ scheduler started")

    def stop(self):
        for cb in self._callbacks:
            cb.stop()
        self._callbacks.clear()

    async def _hourly(self):
        try:
            self.latest_intro = await hourly_intro(mood="late night")
        except Exception:
            logger.exception("AIDJ: hourly intro failed")

    async def _nightly(self):
        yesterday = datetime.date.today() - datetime.timedelta(days=1)
        text = self.digest.generate(yesterday)
        if not text or self.together is None:
            return
        model = self.ext_config["together_model"]
        resp = await asyncio.to_thread(
            self.together.chat.completions.create,
            model=model,
            messages=[{"role": "user", "content": f"Write a 3-line digest of these plays:\n{text}"}],
            max_tokens=200,
        )
        self.latest_digest = resp.choices[0].message.content

    async def tracked_digest(self, day):
        """Same as the nightly job, but recorded in llm_usage."""
        text = self.digest.generate(day)
        model = self.ext_config["together_model"]
        async with llm_tracker.track_llm_call(
            provider="together", model=model, feature_context="aidj.digest"
        ) as usage_log:
            resp = await asyncio.to_thread(
                self.together.chat.completions.create,
                model=model,
                messages=[{"role": "user", "content": f"Digest:\n{text}"}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content
