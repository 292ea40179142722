"""Inline (ghost text) completion via Codestral FIM, shown as extmarks."""
import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Optional

from . import _bootstrap  # noqa: F401

from core import clients
from core.cache import CompletionCache
from core.prompts import FimContext

log = logging.getLogger("ai_assist.inline")


class InlineCompleter:
    def __init__(self, settings, cache: Optional[CompletionCache] = None):
        self.settings = settings
        self.cache = cache or CompletionCache.create(settings.cache_dir)
        self._client = clients.get_mistral(settings.key_for("codestral"))
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ai-fim")
        self._pending: Optional[Future] = None

    def suggest(self, ctx: FimContext) -> str:
        key = CompletionCache.make_key("codestral", self.settings.fim_model, ctx.prefix[-1500:], ctx.suffix[:300])
        cached = self.cache.get(key)
        if cached is not None:
            return cached
        resp = self._client.fim.complete(
            model=self.settings.fim_model,
            prompt=ctx.prefix,
            suffix=ctx.suffix,
            max_tokens=self.settings.fim_max_tokens,
            temperature=0.0,
        )
        text = resp.choices[0].message.content or "" if resp.choices else ""
        self.cache.set(key, text)
        return text

    def suggest_later(self, ctx: FimContext, on_done) -> None:
        """Fire-and-forget; cancels the previous request if still queued."""
        if self._pending is not None and not self._pending.done():
            self._pending.cancel()
        self._pending = self._pool.submit(
            self._client.fim.complete,
            model=self.settings.fim_model,
            prompt=ctx.prefix,
            suffix=ctx.suffix,
            max_tokens=self.settings.fim_max_tokens,
        )
        self._pending.add_done_callback(lambda fut: fut.cancelled() or on_done(fut.result()))

    def close(self):
        self._pool.shutdown(wait=False, cancel_futures=True)
