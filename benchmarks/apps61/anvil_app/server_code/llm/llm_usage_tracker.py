"""Records token usage for every tracked LLM call in the `llm_usage` table."""
import contextlib
import dataclasses
import datetime
import logging

from anvil.tables import app_tables

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Keep roughly in sync with vendor pricing pages.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "command-r-plus-08-2024": (2.50, 10.00),
}


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    error: str = None

    def cost(self):
        in_price, out_price = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * in_price + self.output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self, table=None):
        self._table = table

    @property
    def table(self):
        return self._table if self._table is not None else app_tables.llm_usage

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            self._record(usage_log)

    def _record(self, usage_log):
        try:
            self.table.add_row(
                provider=usage_log.provider,
                model=usage_log.model,
                feature=usage_log.feature_context,
                input_tokens=usage_log.input_tokens,
                output_tokens=usage_log.output_tokens,
                cost_usd=usage_log.cost(),
                when=datetime.datetime.now(datetime.timezone.utc),
            )
        except Exception:
            log.exception("could not record LLM usage for %s", usage_log.feature_context)


llm_tracker = LLMUsageTracker()
