"""Gateway wiring: MQTT client, shared services, callbacks."""
from __future__ import annotations

import logging
import signal
import ssl
from typing import Any

import paho.mqtt.client as mqtt

from gateway.assistant import HmiAssistant
from gateway.config import Settings, get_settings
from gateway.dispatch import TopicDispatcher
from gateway.handlers import OPERATOR_TOPIC, TOPIC_TABLE, on_operator_question
from gateway.services import build_llm_bundle
from gateway.services.embeddings import IncidentEmbedder
from gateway.services.registry import default_registry
from gateway.storage import AlarmBuffer, IncidentStore
from gateway.workers import LlmWorkerPool

log = logging.getLogger(__name__)


def build_userdata(settings: Settings) -> dict[str, Any]:
    llm = build_llm_bundle()
    return {
        "settings": settings,
        "llm": llm,
        "registry": default_registry(),
        "embedder": IncidentEmbedder(model=settings.llm.embedding_model, client=llm["voyage"]),
        "pool": LlmWorkerPool(max_workers=settings.max_workers),
        "store": IncidentStore(settings.db_path),
        "buffer": AlarmBuffer(settings.burst_window_s, settings.burst_threshold),
        "assistant": HmiAssistant(llm["anthropic"], settings.llm.operator_model),
    }


def on_connect(client: mqtt.Client, userdata: dict[str, Any], flags: dict, rc: int) -> None:
    if rc != 0:
        log.error("broker refused connection: %s", mqtt.connack_string(rc))
        return
    base = userdata["settings"].mqtt.base_topic
    dispatcher: TopicDispatcher = userdata["dispatcher"]
    subs = [(p, 1) for p in dispatcher.patterns()] + [(f"{base}/{OPERATOR_TOPIC}", 1)]
    client.subscribe(subs)
    client.publish(f"{base}/gateway/online", "1", qos=1, retain=True)
    log.info("connected, subscribed to %d topics", len(subs))


def on_disconnect(client: mqtt.Client, userdata: dict[str, Any], rc: int) -> None:
    if rc != 0:
        log.warning("unexpected disconnect (rc=%s), paho will reconnect", rc)


def on_message(client: mqtt.Client, userdata: dict[str, Any], msg: mqtt.MQTTMessage) -> None:
    userdata["dispatcher"](client, userdata, msg)


def create_client(settings: Settings | None = None) -> mqtt.Client:
    settings = settings or get_settings()
    cfg = settings.mqtt
    client = mqtt.Client(client_id=cfg.client_id, clean_session=False)
    if cfg.username:
        client.username_pw_set(cfg.username, cfg.password)
    if cfg.tls:
        client.tls_set(cert_reqs=ssl.CERT_REQUIRED)
    client.will_set(f"{cfg.base_topic}/gateway/online", "0", qos=1, retain=True)
    client.reconnect_delay_set(min_delay=1, max_delay=60)

    userdata = build_userdata(settings)
    userdata["dispatcher"] = TopicDispatcher(cfg.base_topic, TOPIC_TABLE)
    client.user_data_set(userdata)

    client.on_connect = on_connect
    client.on_disconnect = on_disconnect
    client.on_message = on_message
    client.message_callback_add(f"{cfg.base_topic}/{OPERATOR_TOPIC}", on_operator_question)
    return client


def run() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    client = create_client(settings)

    def _stop(signum, frame):  # noqa: ARG001
        log.info("signal %s, disconnecting", signum)
        client.disconnect()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    client.connect(settings.mqtt.host, settings.mqtt.port, keepalive=settings.mqtt.keepalive)
    try:
        client.loop_forever(retry_first_connection=True)
    finally:
        client._userdata["pool"].shutdown(wait=False)
        client._userdata["store"].close()
