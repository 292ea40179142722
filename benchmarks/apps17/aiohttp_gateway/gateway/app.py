from __future__ import annotations

import logging
from typing import Optional

from aiohttp import web

from gateway import appkeys, handlers
from gateway.clients import http_session, model_clients
from gateway.config import Settings, get_settings
from gateway.middlewares import auth_middleware, error_middleware, request_id_middleware
from gateway.services.llm_usage_tracker import llm_tracker
from gateway.services.multi_model_service import multi_model_service
from gateway.storage import BlobStore
from gateway.storage import Database
from gateway.tasks.digest import run_daily_digest
from gateway.tasks.jobs import reembed_documents
from gateway.tasks.runner import TaskRunner

log = logging.getLogger(__name__)


async def on_startup(app: web.Application) -> None:
    settings = app[appkeys.SETTINGS]
    db = Database(settings.database_dsn)
    await db.connect()
    app[appkeys.DB] = db
    app[appkeys.BLOBS] = BlobStore(settings.s3_bucket, settings.aws_region)
    llm_tracker.bind(db)
    multi_model_service.init(app[appkeys.GROQ], app[appkeys.GEMINI])

    runner = TaskRunner(workers=4)
    await runner.start()
    runner.every(6 * 3600, "reembed", reembed_documents, app)
    if settings.digest_enabled:
        runner.every(24 * 3600, "digest", run_daily_digest, app)
    app[appkeys.RUNNER] = runner
    log.info("gateway started (env=%s)", settings.environment)


async def on_shutdown(app: web.Application) -> None:
    await app[appkeys.RUNNER].stop()
    await app[appkeys.DB].close()


def create_app(settings: Optional[Settings] = None) -> web.Application:
    app = web.Application(
        middlewares=[request_id_middleware, error_middleware, auth_middleware],
        client_max_size=30 * 1024 ** 2,
    )
    app[appkeys.SETTINGS] = settings or get_settings()
    # cleanup_ctx runs before on_startup, so clients exist by then
    app.cleanup_ctx.append(http_session)
    app.cleanup_ctx.append(model_clients)
    app.on_startup.append(on_startup)
    app.on_shutdown.append(on_shutdown)
    handlers.register(app)
    return app
