from __future__ import annotations

import structlog
from faststream import ContextRepo, FastStream
from faststream.kafka import KafkaBroker

from workers import clients
from workers.routers import embeddings, enrichment, moderation, schema_mapping, summaries
from workers.services.llm_usage_tracker import llm_tracker
from workers.settings import settings

log = structlog.get_logger(__name__)

broker = KafkaBroker(
    settings.kafka.bootstrap_servers,
    security_protocol=settings.kafka.security_protocol,
    client_id=settings.service_name,
)
broker.include_router(enrichment.router)
broker.include_router(embeddings.router)
broker.include_router(summaries.router)
broker.include_router(moderation.router)
broker.include_router(schema_mapping.router)

app = FastStream(broker, title="de-workers")


@app.on_startup
async def setup_clients(context: ContextRepo) -> None:
    context.set_global("settings", settings)
    context.set_global("openai_client", clients.make_openai())
    context.set_global("anthropic_client", clients.make_anthropic())
    context.set_global("voyage_client", clients.make_voyage())
    context.set_global("xai_client", clients.make_xai())
    context.set_global("grok_client", clients.make_grok_compat())
    log.info("clients.ready", env=settings.env)


@app.after_startup
async def announce() -> None:
    await broker.publish({"service": settings.service_name, "status": "up"}, topic="de.heartbeat")


@app.on_shutdown
async def close_clients(context: ContextRepo) -> None:
    openai_client = context.get("openai_client")
    if openai_client is not None:
        await openai_client.close()
    anthropic_client = context.get("anthropic_client")
    if anthropic_client is not None:
        await anthropic_client.close()
    usage = await llm_tracker.flush()
    log.info("usage.flushed", rows=len(usage))
