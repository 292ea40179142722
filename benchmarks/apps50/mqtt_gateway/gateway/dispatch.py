"""Topic-pattern dispatch.

``TOPIC_TABLE`` in ``gateway.handlers`` lists ``(pattern, handler)`` pairs
using MQTT wildcards.  The first matching pattern wins.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Iterable

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

Handler = Callable[[mqtt.Client, dict, mqtt.MQTTMessage], None]


class TopicDispatcher:
    def __init__(self, base_topic: str, table: Iterable[tuple[str, Handler]]) -> None:
        self.base_topic = base_topic.rstrip("/")
        self._table = [(f"{self.base_topic}/{pat}", h) for pat, h in table]

    def patterns(self) -> list[str]:
        return [p for p, _ in self._table]

    def resolve(self, topic: str) -> Handler | None:
        for pattern, handler in self._table:
            if mqtt.topic_matches_sub(pattern, topic):
                return handler
        return None

    def __call__(self, client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
        handler = self.resolve(msg.topic)
        if handler is None:
            log.debug("no handler for %s", msg.topic)
            return
        try:
            handler(client, userdata, msg)
        except Exception:  # noqa: BLE001 - never let a handler kill the loop
            log.exception("handler %s failed on %s", getattr(handler, "__name__", handler), msg.topic)


def topic_parts(topic: str, base_topic: str) -> list[str]:
    rest = topic[len(base_topic.rstrip("/")) + 1 :] if topic.startswith(base_topic) else topic
    return rest.split("/")
