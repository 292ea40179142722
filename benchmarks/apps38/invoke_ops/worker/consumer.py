"""kombu consumer for ops jobs."""
from __future__ import annotations

import json
import logging
import traceback

from kombu import Exchange, Queue
from kombu.mixins import ConsumerMixin

from opslib import get_azure_openai, get_cohere, get_openai, get_replicate
from opslib.config import OpsSettings
from opslib.legacy.gpt_helpers import moderate
from opslib.slack import post
from worker.handlers import HANDLERS, WorkerContext

log = logging.getLogger(__name__)


def build_queues(settings: OpsSettings) -> list[Queue]:
    exchange = Exchange(settings.exchange, type="direct", durable=True)
    names = settings.queues or list(HANDLERS)
    return [Queue(name, exchange, routing_key=name, durable=True) for name in names]


class OpsWorker(ConsumerMixin):
    def __init__(self, connection, settings: OpsSettings, raw_azure: bool = False) -> None:
        self.connection = connection
        self.settings = settings
        self.queues = build_queues(settings)
        self.ctx = WorkerContext(
            settings=settings,
            openai=get_openai(),
            azure=get_azure_openai(),
            cohere=get_cohere(),
            replicate=get_replicate(),
            raw_azure=raw_azure,
        )
        # kept around for the "explain" side-channel below
        self.openai = self.ctx.openai

    def get_consumers(self, Consumer, channel):
        return [
            Consumer(queues=self.queues, callbacks=[self.on_message], accept=["json"], prefetch_count=1)
        ]

    def on_message(self, body, message):
        key = message.delivery_info.get("routing_key")
        handler = HANDLERS.get(key)
        if handler is None:
            log.error("no handler for %s; rejecting", key)
            message.reject()
            return
        try:
            result = handler(body, self.ctx)
        except Exception:  # noqa: BLE001
            log.error("handler %s failed:\n%s", key, traceback.format_exc())
            if message.delivery_info.get("redelivered"):
                message.reject()
            else:
                message.requeue()
            return
        self._publish_result(key, body, result)
        message.ack()

    def _publish_result(self, key: str, body: dict, result: dict) -> None:
        channel = body.get("reply_slack")
        if not channel:
            log.info("%s done: %s", key, json.dumps(result)[:300])
            return
        text = result.get("notes") or result.get("summary") or json.dumps(result, indent=2)
        if not moderate(text):
            text = "(result withheld: failed moderation)"
        post(channel, text[:3500])

    def on_consume_ready(self, connection, channel, consumers, **kwargs):
        log.info("consuming from %s", [q.name for q in self.queues])

    def explain_failure(self, key: str, tb: str) -> str:
        resp = self.openai.chat.completions.create(
            model=self.settings.openai_model,
            messages=[{"role": "user", "content": f"Explain this worker failure for {key} briefly:\n{tb[-4000:]}"}],
            max_tokens=200,
        )
        return resp.choices[0].message.content
