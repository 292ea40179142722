"""Third-party integrations: document storage, usage metering and SMS alerts."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import boto3
import stripe
from twilio.rest import Client as TwilioClient

from lexsearch.settings import Settings, settings

logger = logging.getLogger(__name__)


class DocumentStore:
    """Original uploads are kept in S3, keyed by tenant and document id."""

    def __init__(self, config: Settings = settings) -> None:
        self._bucket = config.aws.documents_bucket
        self._s3 = boto3.client("s3", region_name=config.aws.region)

    async def put(self, tenant_id: str, doc_id: str, body: bytes, content_type: str) -> str:
        key = f"{tenant_id}/{doc_id}"
        await asyncio.to_thread(
            self._s3.put_object,
            Bucket=self._bucket,
            Key=key,
            Body=body,
            ContentType=content_type,
            ServerSideEncryption="aws:kms",
        )
        logger.info("stored document %s (%d bytes)", key, len(body))
        return key


@dataclass
class UsageMeter:
    """Reports research-query usage to Stripe for metered billing."""

    event_name: str = "research_queries"

    def __post_init__(self) -> None:
        stripe.api_key = settings.stripe_api_key

    def record(self, stripe_customer_id: str, quantity: int = 1) -> None:
        try:
            stripe.billing.MeterEvent.create(
                event_name=self.event_name,
                payload={"stripe_customer_id": stripe_customer_id, "value": str(quantity)},
            )
        except stripe.StripeError:
            logger.exception("failed to record usage for %s", stripe_customer_id)


class DeadlineNotifier:
    """Sends SMS alerts to attorneys when a filing deadline is detected."""

    def __init__(self, config: Settings = settings) -> None:
        self._from = config.alert_from_number
        self._twilio = TwilioClient(config.twilio_account_sid, config.twilio_auth_token)

    def notify(self, phone_number: str, matter: str, deadline: str) -> str:
        message = self._twilio.messages.create(
            body=f"[lexsearch] {matter}: filing deadline detected for {deadline}.",
            from_=self._from,
            to=phone_number,
        )
        return message.sid
