"""Periodically flush the token-spend table into the finops Postgres."""
from __future__ import annotations

import logging

import faust
import httpx

log = logging.getLogger(__name__)

FINOPS_INGEST_URL = "http://finops.internal:8080/api/v1/llm-usage/batch"


class UsageFlushService(faust.Service):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._http: httpx.AsyncClient | None = None

    async def on_start(self) -> None:
        self._http = httpx.AsyncClient(timeout=10.0)

    async def on_stop(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    @faust.Service.timer(60.0)
    async def _flush(self) -> None:
        from supportstream.tables import token_spend

        rows = [{"provider": k, "tokens": v} for k, v in token_spend.items()]
        if not rows or self._http is None:
            return
        # internal finops service, not an LLM endpoint
        resp = await self._http.post(FINOPS_INGEST_URL, json={"rows": rows})
        if resp.status_code >= 400:
            log.warning("finops flush failed: %s", resp.text[:200])
