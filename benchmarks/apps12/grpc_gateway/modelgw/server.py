"""Process entry point: builds the grpc.aio server and wires every component.

    python -m modelgw.server
"""
from __future__ import annotations

import asyncio
import logging
import signal

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection
from prometheus_client import start_http_server
from tortoise import Tortoise

from modelgw import __version__, legacy_handlers
from modelgw.config import settings
from modelgw.interceptors import AuthInterceptor, MetricsInterceptor
from modelgw.logging_setup import configure_logging
from modelgw.proto import inference_pb2, inference_pb2_grpc
from modelgw.providers.registry import ProviderRegistry
from modelgw.servicers.batch import BatchServicer
from modelgw.servicers.health import ProviderHealthReporter
from modelgw.servicers.inference import InferenceServicer
from modelgw.servicers.research import ResearchServicer
from modelgw.storage import ArtifactStore
from modelgw.warmup import schedule_warmup

log = logging.getLogger("modelgw.server")

SERVICE_NAMES = (
    inference_pb2.DESCRIPTOR.services_by_name["Inference"].full_name,
    inference_pb2.DESCRIPTOR.services_by_name["Research"].full_name,
    inference_pb2.DESCRIPTOR.services_by_name["Batch"].full_name,
    health.SERVICE_NAME,
    reflection.SERVICE_NAME,
)


async def init_db() -> None:
    await Tortoise.init(
        db_url=settings.database_url,
        modules={"models": ["modelgw.storage", "modelgw.services.llm_usage_tracker"]},
    )


def build_server(registry: ProviderRegistry) -> "tuple[grpc.aio.Server, BatchServicer, health.aio.HealthServicer]":
    max_bytes = settings.max_message_mb * 1024 * 1024
    server = grpc.aio.server(
        interceptors=[AuthInterceptor(), MetricsInterceptor()],
        options=[
            ("grpc.max_receive_message_length", max_bytes),
            ("grpc.max_send_message_length", max_bytes),
            ("grpc.keepalive_time_ms", 30_000),
            ("grpc.keepalive_permit_without_calls", 1),
        ],
        maximum_concurrent_rpcs=settings.max_workers * 8,
    )

    batch_servicer = BatchServicer()
    inference_pb2_grpc.add_InferenceServicer_to_server(InferenceServicer(registry, ArtifactStore()), server)
    inference_pb2_grpc.add_ResearchServicer_to_server(ResearchServicer(), server)
    inference_pb2_grpc.add_BatchServicer_to_server(batch_servicer, server)
    server.add_generic_rpc_handlers((legacy_handlers.legacy_generic_handler(),))

    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, server)
    reflection.enable_server_reflection(SERVICE_NAMES, server)

    server.add_insecure_port(settings.listen_addr)
    return server, batch_servicer, health_servicer


async def serve() -> None:
    configure_logging()
    log.info("modelgw %s starting (%s), providers: %s", __version__, settings.env, sorted(settings.enabled_providers))
    start_http_server(settings.metrics_port)
    await init_db()

    registry = ProviderRegistry()
    server, batch_servicer, health_servicer = build_server(registry)
    reporter = ProviderHealthReporter(health_servicer)

    await server.start()
    await health_servicer.set("", health_pb2.HealthCheckResponse.SERVING)
    reporter.start()
    batch_servicer.start_polling()
    if "ollama" in registry.enabled:
        schedule_warmup()
    log.info("listening on %s", settings.listen_addr)

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()

    log.info("shutting down")
    await reporter.stop()
    await batch_servicer.stop_polling()
    # give in-flight streams time to finish, k8s grace period is 60s
    await server.stop(grace=45)
    await legacy_handlers.aclose()
    await Tortoise.close_connections()


def main() -> None:
    asyncio.run(serve())


if __name__ == "__main__":
    main()
