"""Outbound notifications: SNS domain events and SES e-mails."""
from __future__ import annotations

import json
import logging
from typing import Any, Iterable

from claims_common.aws_clients import ses, sns
from claims_common.config import settings

logger = logging.getLogger(__name__)


def publish_event(event_type: str, detail: dict[str, Any]) -> str:
    resp = sns.publish(
        TopicArn=settings.notifications_topic_arn,
        Message=json.dumps({"type": event_type, "detail": detail}, default=str),
        MessageAttributes={"event_type": {"DataType": "String", "StringValue": event_type}},
    )
    return resp["MessageId"]


def send_email(subject: str, html: str, recipients: Iterable[str]) -> None:
    to = list(recipients)
    if not to:
        logger.warning("no recipients configured for %r; skipping", subject)
        return
    ses.send_email(
        Source=settings.digest_sender,
        Destination={"ToAddresses": to},
        Message={
            "Subject": {"Data": subject, "Charset": "UTF-8"},
            "Body": {"Html": {"Data": html, "Charset": "UTF-8"}},
        },
    )
