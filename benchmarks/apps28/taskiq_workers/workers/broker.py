"""Broker definition.

Redis list queue by default, RabbitMQ when ``LUMEN_BROKER=rabbit`` (prod runs on rabbit since
the March migration; staging is still on redis). Results always go to redis.
"""

from __future__ import annotations

import os

import taskiq_fastapi
from taskiq import AsyncBroker, InMemoryBroker, SimpleRetryMiddleware, TaskiqScheduler
from taskiq.schedule_sources import LabelScheduleSource
from taskiq_aio_pika import AioPikaBroker
from taskiq_redis import ListQueueBroker, RedisAsyncResultBackend

from app.config import Settings, get_settings
from workers.middlewares import ContentSafetyMiddleware, SpendGuardMiddleware, TaskLoggingMiddleware


def _result_backend(settings: Settings) -> RedisAsyncResultBackend:
    return RedisAsyncResultBackend(
        redis_url=settings.result_redis_url,
        result_ex_time=6 * 3600,
    )


def make_broker(settings: Settings) -> AsyncBroker:
    if settings.broker == "memory" or os.getenv("PYTEST_CURRENT_TEST"):
        return InMemoryBroker(await_inplace=True)
    if settings.broker == "rabbit":
        return AioPikaBroker(
            settings.amqp_url,
            exchange_name="lumen",
            queue_name="lumen.content",
            qos=8,
        ).with_result_backend(_result_backend(settings))
    return ListQueueBroker(
        settings.redis_url,
        queue_name="lumen:content",
    ).with_result_backend(_result_backend(settings))


settings = get_settings()
broker = make_broker(settings)

broker.add_middlewares(
    SimpleRetryMiddleware(default_retry_count=3),
    TaskLoggingMiddleware(),
    SpendGuardMiddleware(daily_budget=settings.course_daily_budget),
    ContentSafetyMiddleware(labels_to_check=("user_submitted",)),
)

# Runs the FastAPI lifespan inside the worker and lets tasks depend on `Request`.
taskiq_fastapi.init(broker, "app.main:app")

# Register startup / shutdown handlers (they import `broker` from here).
import workers.lifecycle  # noqa: E402,F401

# `taskiq scheduler workers.broker:scheduler workers.tasks`
scheduler = TaskiqScheduler(broker=broker, sources=[LabelScheduleSource(broker)])
