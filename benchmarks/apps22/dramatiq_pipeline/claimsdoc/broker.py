"""Broker + results backend wiring. Import this before any actor module."""
from __future__ import annotations

import os

import dramatiq
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import AsyncIO, CurrentMessage
from dramatiq.results import Results
from dramatiq.results.backends import RedisBackend, StubBackend

from claimsdoc.middleware import default_middleware
from claimsdoc.settings import settings


def _build_broker():
    if os.environ.get("UNIT_TESTS") == "1":
        backend = StubBackend()
        broker = StubBroker()
        broker.emit_after("process_boot")
    else:
        backend = RedisBackend(url=settings.results_redis_url)
        broker = RedisBroker(url=settings.redis_url)

    broker.add_middleware(Results(backend=backend, result_ttl=settings.result_ttl_ms))
    broker.add_middleware(CurrentMessage())
    broker.add_middleware(AsyncIO())
    for mw in default_middleware():
        broker.add_middleware(mw)
    return broker, backend


broker, result_backend = _build_broker()
dramatiq.set_broker(broker)
