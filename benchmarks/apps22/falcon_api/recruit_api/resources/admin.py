"""Health and /v2/admin ops endpoints (provider status, usage, background jobs)."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time

import falcon

from recruit_api import __version__
from recruit_api.hooks import require_fields

log = logging.getLogger(__name__)


class HealthResource:
    def __init__(self, started_at: float | None = None) -> None:
        self.started_at = started_at or time.time()

    async def on_get(self, req, resp):
        resp.media = {
            "status": "ok",
            "version": __version__,
            "uptime_s": int(time.time() - self.started_at),
        }


class ProviderStatusResource:
    """/v2/admin/providers - checks keys are valid by listing models (free)."""

    def __init__(self, registry) -> None:
        self.registry = registry

    def _check_openai(self) -> dict:
        models = self.registry.openai.models.list()
        return {"ok": True, "models": sorted(m.id for m in models.data if m.id.startswith("gpt-"))[:10]}

    def _check_anthropic(self) -> dict:
        page = self.registry.anthropic.models.list(limit=20)
        return {"ok": True, "models": [m.id for m in page.data]}

    def _check_gemini(self) -> dict:
        names = [m.name for m in self.registry.gemini.models.list()]
        return {"ok": True, "models": names[:10]}

    def _check_mistral(self) -> dict:
        res = self.registry.mistral.models.list()
        return {"ok": True, "models": [m.id for m in (res.data or [])][:10]}

    async def on_get(self, req, resp):
        checks = {
            "openai": self._check_openai,
            "anthropic": self._check_anthropic,
            "gemini": self._check_gemini,
            "mistral": self._check_mistral,
        }
        out = {}
        for name, fn in checks.items():
            try:
                out[name] = await asyncio.to_thread(fn)
            except Exception as exc:  # noqa: BLE001
                log.warning("provider check %s failed: %s", name, exc)
                out[name] = {"ok": False, "error": str(exc)[:200]}
        resp.media = out
        if not all(v["ok"] for v in out.values()):
            resp.status = falcon.HTTP_207



class UsageReportResource:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    async def on_get(self, req, resp):
        days = req.get_param_as_int("days", default=7, min_value=1, max_value=90)
        with contextlib.closing(sqlite3.connect(self.db_path)) as conn:
            rows = conn.execute(
                """
                SELECT provider, model, feature_context,
                       SUM(input_tokens), SUM(output_tokens), SUM(cost_usd), COUNT(*)
                FROM llm_usage_logs
                WHERE created_at >= strftime('%s','now') - ? * 86400
                GROUP BY provider, model, feature_context
                ORDER BY SUM(cost_usd) DESC
                """,
                (days,),
            ).fetchall()
        resp.media = {
            "days": days,
            "rows": [
                {
                    "provider": r[0], "model": r[1], "feature": r[2],
                    "input_tokens": r[3], "output_tokens": r[4],
                    "cost_usd": round(r[5] or 0, 4), "calls": r[6],
                }
                for r in rows
            ],
        }


class JobsAdminResource:
    def __init__(self, runner) -> None:
        self.runner = runner

    async def on_get(self, req, resp):
        resp.media = {"jobs": [s.__dict__ for s in self.runner.recent()]}

    async def on_get_item(self, req, resp, job_id: str):
        status = self.runner.status(job_id)
        if status is None:
            raise falcon.HTTPNotFound()
        resp.media = status.__dict__

    @falcon.before(require_fields("name"))
    async def on_post(self, req, resp):
        body = dict(req.context.body)
        name = body.pop("name")
        try:
            job_id = self.runner.submit(name, tenant_id=req.context.tenant_id, **body)
        except KeyError as exc:
            raise falcon.HTTPBadRequest(description=str(exc))
        resp.status = falcon.HTTP_202
        resp.media = {"job_id": job_id}
