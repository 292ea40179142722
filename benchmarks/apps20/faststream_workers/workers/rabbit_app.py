"""RabbitMQ side: slow batch jobs (backfills, reprocessing, DLQ replay)."""
from __future__ import annotations

from faststream import ContextRepo, FastStream
from faststream.rabbit import RabbitBroker

from workers import clients
from workers.routers import rabbit_jobs
from workers.services.grok_service import GrokService
from workers.settings import settings

broker = RabbitBroker(settings.rabbit.url, max_consumers=settings.rabbit.prefetch)
broker.include_router(rabbit_jobs.router)

app = FastStream(broker, title="de-workers-rabbit")


@app.on_startup
async def setup(context: ContextRepo) -> None:
    context.set_global("settings", settings)
    context.set_global("bedrock", clients.get_bedrock_runtime())
    context.set_global("anthropic_client", clients.make_anthropic())
    context.set_global("grok", GrokService())
