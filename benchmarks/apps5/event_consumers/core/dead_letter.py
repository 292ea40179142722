"""Dead-letter publishing for messages that exhausted their retries."""
from __future__ import annotations

import json
import logging
import traceback
from datetime import datetime, timezone
from typing import Any, Dict, Optional

from core.consumer import Message
from core.services import Services
from core.settings import settings

logger = logging.getLogger(__name__)


def envelope(message: Message, error: BaseException) -> Dict[str, Any]:
    return {
        "topic": message.topic,
        "key": message.key,
        "value": message.value,
        "headers": message.headers,
        "attempts": message.attempts,
        "error": {
            "type": type(error).__name__,
            "message": str(error),
            "trace": "".join(traceback.format_exception(type(error), error, error.__traceback__))[-4000:],
        },
        "failed_at": datetime.now(timezone.utc).isoformat(),
    }


class DeadLetterPublisher:
    def __init__(self, queue_url: Optional[str] = None, sqs: Any = None) -> None:
        self._queue_url = queue_url or settings.aws.dlq_url
        self._sqs = sqs

    @property
    def sqs(self):
        return self._sqs or Services.sqs

    def publish(self, message: Message, error: BaseException) -> Optional[str]:
        if not self._queue_url:
            logger.error("no DLQ configured, dropping %s event=%s", message.topic, message.event_id)
            return None
        body = json.dumps(envelope(message, error), default=str)
        resp = self.sqs.send_message(
            QueueUrl=self._queue_url,
            MessageBody=body,
            MessageAttributes={
                "topic": {"DataType": "String", "StringValue": message.topic},
                "error_type": {"DataType": "String", "StringValue": type(error).__name__},
            },
        )
        logger.warning("dead-lettered %s event=%s as %s", message.topic, message.event_id, resp["MessageId"])
        return resp["MessageId"]


dead_letters = DeadLetterPublisher()
