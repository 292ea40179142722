"""Records every tracked LLM request into the ``llm_usage`` table."""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from bot.db.store import Store, utcnow

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    guild_id: Optional[int] = None
    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    started: float = field(default_factory=time.monotonic)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._store: Optional[Store] = None

    def attach(self, store: Store) -> None:
        self._store = store

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        guild_id: Optional[int] = None,
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, guild_id=guild_id)
        error: Optional[BaseException] = None
        try:
            yield usage
        except BaseException as exc:
            error = exc
            raise
        finally:
            await self._write(usage, error)

    async def _write(self, usage: UsageLog, error: Optional[BaseException]) -> None:
        if usage.input_tokens is None and error is None:
            log.warning("tracked call %s/%s recorded no token counts", usage.provider, usage.feature_context)
        if self._store is None:
            return
        try:
            await self._store.insert_usage(
                {
                    "ts": utcnow().isoformat(),
                    "provider": usage.provider,
                    "model": usage.model,
                    "feature": usage.feature_context,
                    "guild_id": usage.guild_id,
                    "input_tokens": usage.input_tokens,
                    "output_tokens": usage.output_tokens,
                    "latency_ms": int((time.monotonic() - usage.started) * 1000),
                    "success": error is None,
                    "error": repr(error) if error else None,
                }
            )
        except Exception:
            log.exception("could not write usage row")


llm_tracker = LLMUsageTracker()
