"""Faust application object.

``faust -A supportstream.app worker -l info``
"""
from __future__ import annotations

import logging

import faust

from supportstream.clients import ClientsHolder
from supportstream.config import settings

log = logging.getLogger(__name__)


class SupportApp(faust.App):
    """faust.App with a couple of extra attributes the agents rely on."""

    clients: ClientsHolder

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.clients = ClientsHolder()
        self.providers = None  # set by supportstream.services.providers

    def on_init_dependencies(self):
        deps = list(super().on_init_dependencies())
        if self.providers is not None:
            deps.append(self.providers)
        return deps


app = SupportApp(
    "support-stream",
    broker=settings.broker_url,
    store=settings.store_url,
    value_serializer="json",
    web_port=settings.web_port,
    topic_partitions=8,
    autodiscover=[
        "supportstream.agents",
        "supportstream.views",
    ],
    origin="supportstream",
)

# Wire the provider service before the worker boots. Import at the bottom to
# avoid the circular import (providers imports app for type hints / logging).
from supportstream.services.providers import ProviderService  # noqa: E402
from supportstream.services.usage_flush import UsageFlushService  # noqa: E402

app.providers = ProviderService(app)
app.service(UsageFlushService)

# modules that register timers/tasks on import
from supportstream import tasks, timers  # noqa: E402,F401
