"""Small aiohttp status endpoint (k8s probes + ops dashboard)."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from aiohttp import web

from monitor import __version__
from monitor.events import JOB_HISTORY, LAST_RUN
from monitor.jobs.health_checks import local_models_available
from monitor.services.llm_usage_tracker import llm_tracker
from monitor.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)
routes = web.RouteTableDef()


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    return web.json_response({"ok": True, "version": __version__})


@routes.get("/status")
async def status(request: web.Request) -> web.Response:
    scheduler = request.app["scheduler"]
    jobs = [
        {"id": j.id, "next_run": j.next_run_time.isoformat() if j.next_run_time else None}
        for j in scheduler.get_jobs()
    ]
    return web.json_response({"jobs": jobs, "last_run": LAST_RUN, "history": list(JOB_HISTORY)[-20:]})


@routes.get("/costs")
async def costs(request: web.Request) -> web.Response:
    return web.json_response(llm_tracker.totals_by_model())


@routes.post("/ask")
async def ask(request: web.Request) -> web.Response:
    body = await request.json()
    answer = await multi_model_service.generate_response(
        prompt=body["question"], task_type="status_qa", complexity=TaskComplexity.SIMPLE
    )
    return web.json_response({"answer": answer})


@routes.post("/explain/{job_id}")
async def explain_failure(request: web.Request) -> web.Response:
    """Ask grok why a job failed. Uses the client stashed on the app at startup."""
    job_id = request.match_info["job_id"]
    info = LAST_RUN.get(job_id)
    if not info or info.get("status") != "error":
        raise web.HTTPNotFound(text="no failure recorded")
    grok = request.app["ctx"].grok
    completion = await grok.chat.completions.create(
        model=request.app["ctx"].model_for("xai", default="grok-2-latest"),
        messages=[
            {"role": "system", "content": "Explain scheduler job failures to an on-call engineer."},
            {"role": "user", "content": f"Job {job_id} failed with: {info['error']}"},
        ],
        max_tokens=300,
    )
    return web.json_response({"explanation": completion.choices[0].message.content})


@routes.post("/jobs/{job_id}/pause")
async def pause_job(request: web.Request) -> web.Response:
    job = request.app["scheduler"].get_job(request.match_info["job_id"])
    if job is None:
        raise web.HTTPNotFound()
    job.pause()
    return web.json_response({"paused": job.id})


@routes.post("/jobs/{job_id}/resume")
async def resume_job(request: web.Request) -> web.Response:
    job = request.app["scheduler"].get_job(request.match_info["job_id"])
    if job is None:
        raise web.HTTPNotFound()
    job.resume()
    return web.json_response({"resumed": job.id, "next_run": str(job.next_run_time)})


@routes.post("/jobs/{job_id}/run")
async def run_now(request: web.Request) -> web.Response:
    """Trigger a job immediately by moving its next run time to now."""
    job = request.app["scheduler"].get_job(request.match_info["job_id"])
    if job is None:
        raise web.HTTPNotFound()
    job.modify(next_run_time=datetime.now(timezone.utc))
    return web.json_response({"triggered": job.id})


@routes.get("/models")
async def models(request: web.Request) -> web.Response:
    ctx = request.app["ctx"]
    local = await asyncio.to_thread(local_models_available, ctx)
    return web.json_response({"ollama": local})


@routes.get("/digest/preview")
async def digest_preview(request: web.Request) -> web.Response:
    text = await multi_model_service.generate_response(
        prompt="Preview today's digest from these job stats: " + str(dict(LAST_RUN)),
        task_type="digest_preview",
        complexity=TaskComplexity.SIMPLE,
    )
    return web.Response(text=text, content_type="text/markdown")


@web.middleware
async def error_middleware(request: web.Request, handler):
    try:
        return await handler(request)
    except web.HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001
        logger.exception("unhandled error on %s", request.path)
        return web.json_response({"error": str(exc)}, status=500)


def make_app(scheduler, ctx) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app["scheduler"] = scheduler
    app["ctx"] = ctx
    app.add_routes(routes)
    return app
