"""dlq.replay -> re-publish dead-lettered events, with a short diagnosis for humans."""
from __future__ import annotations

import json
import logging
from typing import Any, Dict

from aiokafka import AIOKafkaProducer

from core.consumer import Consumer, Message, handles
from core.multi_model_service import TaskComplexity, multi_model_service
from core.services import Services
from core.settings import settings

logger = logging.getLogger(__name__)

DIAGNOSIS_PROMPT = """A message failed processing in our event consumers. Given the error and
traceback, say in two sentences what most likely went wrong and whether a replay can succeed.

Topic: {topic}
Error: {error_type}: {error_message}
Traceback (tail):
{trace}"""


@handles("dlq.replay")
class DeadLetterReplayHandler(Consumer):
    max_attempts = 1

    def __init__(self) -> None:
        super().__init__()
        self._producer: AIOKafkaProducer = None  # type: ignore[assignment]

    async def producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            self._producer = AIOKafkaProducer(bootstrap_servers=settings.kafka.bootstrap_servers)
            await self._producer.start()
        return self._producer

    async def diagnose(self, envelope: Dict[str, Any]) -> str:
        err = envelope.get("error", {})
        return await multi_model_service.generate_response(
            prompt=DIAGNOSIS_PROMPT.format(
                topic=envelope.get("topic"),
                error_type=err.get("type"),
                error_message=err.get("message"),
                trace=err.get("trace", "")[-2000:],
            ),
            task_type="dlq_diagnosis",
            complexity=TaskComplexity.SIMPLE,
        )

    async def handle(self, message: Message) -> None:
        envelope = message.value
        diagnosis = await self.diagnose(envelope)
        if not envelope.get("replay", True):
            if Services.slack:
                Services.slack.notify("Dead letter not replayed", topic=envelope["topic"], diagnosis=diagnosis)
            return
        producer = await self.producer()
        await producer.send_and_wait(
            envelope["topic"],
            json.dumps(envelope["value"]).encode(),
            key=(envelope.get("key") or "").encode() or None,
            headers=[("x-replayed", b"1"), ("x-diagnosis", diagnosis[:512].encode())],
        )
        logger.info("replayed dead letter onto %s", envelope["topic"])
