"""Records token usage of model calls in ``llm_usage_logs`` for the finops dashboard."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from flask import current_app, has_app_context
from sqlalchemy import text

from newsroom.extensions import db

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: Optional[str] = None
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: int = 0


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, article_id=None):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:
            usage.status = "error"
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.duration_ms = int((time.monotonic() - usage.started_at) * 1000)
            self._persist(usage, article_id)

    def _persist(self, usage, article_id):
        if not has_app_context():
            log.info("llm usage (no app context): %s", usage)
            return
        try:
            db.session.execute(
                text(
                    "INSERT INTO llm_usage_logs (provider, model, feature_context, input_tokens, "
                    "output_tokens, status, error, duration_ms, article_id, environment) VALUES "
                    "(:provider, :model, :feature, :inp, :out, :status, :error, :ms, :article, :env)"
                ),
                {
                    "provider": usage.provider,
                    "model": usage.model,
                    "feature": usage.feature_context,
                    "inp": usage.input_tokens,
                    "out": usage.output_tokens,
                    "status": usage.status,
                    "error": usage.error,
                    "ms": usage.duration_ms,
                    "article": article_id,
                    "env": current_app.config.get("ENV_NAME", "dev"),
                },
            )
            db.session.commit()
        except Exception:  # never let bookkeeping break the feature
            db.session.rollback()
            log.exception("failed to persist llm usage")


llm_tracker = LLMUsageTracker()
