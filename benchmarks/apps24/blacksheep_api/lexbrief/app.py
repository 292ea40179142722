"""Application factory."""
from __future__ import annotations

import logging

from anthropic import AsyncAnthropic
from blacksheep import Application
from openai import AsyncOpenAI
from rodi import Container

from lexbrief.background import BackgroundWorker
from lexbrief.di import configure_services
from lexbrief.repositories import Database
from lexbrief.services.llm_usage_tracker import llm_tracker
from lexbrief.services.multi_model_service import multi_model_service
from lexbrief.settings import Settings, load_settings

log = logging.getLogger("lexbrief")


def create_app(settings: Settings | None = None) -> Application:
    settings = settings or load_settings()
    container = Container()
    configure_services(container, settings)

    from lexbrief.routes import router

    app = Application(services=container, router=router, show_error_details=not settings.is_production)
    app.use_cors(allow_methods="*", allow_origins=["https://app.lexbrief.io", "http://localhost:5173"], allow_headers="*")

    # import for side effects: controller classes register their routes
    import lexbrief.controllers  # noqa: F401

    async def connect_db(application: Application) -> None:
        db = application.services.resolve(Database)
        await db.connect()
        llm_tracker.bind(db.pool)

    async def configure_llm(application: Application) -> None:
        multi_model_service.configure(
            application.services.resolve(AsyncOpenAI),
            application.services.resolve(AsyncAnthropic),
        )
        log.info("multi_model_service configured")

    workers: list[BackgroundWorker] = []

    async def start_worker(application: Application) -> None:
        if not settings.enable_background_jobs:
            return
        worker = BackgroundWorker(application, settings)
        worker.start()
        workers.append(worker)

    async def shutdown(application: Application) -> None:
        for worker in workers:
            await worker.stop()
        await llm_tracker.flush()
        await application.services.resolve(Database).close()

    app.on_start += connect_db
    app.on_start += configure_llm
    app.on_start += start_worker
    app.on_stop += shutdown
    return app


app = create_app()
