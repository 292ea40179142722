"""Entry point: `python app.py --processes 2 --workers 4`."""

from __future__ import annotations

import logging

from robyn import ALLOW_CORS, Request, Robyn

from supportdesk import __version__
from supportdesk.config import get_settings
from supportdesk.jobs.scheduler import JobScheduler
from supportdesk.llm import build_dependency_bundle
from supportdesk.middleware import register_middlewares
from supportdesk.repositories.db import init_schema
from supportdesk.routes.admin import router as admin_router
from supportdesk.routes.drafts import router as drafts_router
from supportdesk.routes.kb import router as kb_router
from supportdesk.routes.tickets import router as tickets_router

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("supportdesk")

app = Robyn(__file__)
ALLOW_CORS(app, origins=["https://support.acme.example"])

for name, client in build_dependency_bundle().items():
    app.inject_global(**{name: client})

scheduler = JobScheduler()
app.inject_global(scheduler=scheduler)

register_middlewares(app)
for sub in (tickets_router, drafts_router, kb_router, admin_router):
    app.include_router(sub)


@app.startup_handler
async def on_startup():
    get_settings().validate()
    init_schema()
    scheduler.start()
    logger.info("supportdesk %s started", __version__)


@app.shutdown_handler
async def on_shutdown():
    scheduler.stop()


@app.get("/health")
async def health(request: Request):
    return {"status": "ok", "version": __version__}


@app.post("/jobs/:name")
async def run_job(request: Request, global_dependencies):
    name = request.path_params["name"]
    job_id = global_dependencies["scheduler"].enqueue(name)
    return {"queued": name, "job_id": job_id}


if __name__ == "__main__":
    app.start(host="0.0.0.0", port=8080)
