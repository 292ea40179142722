"""Third-party integrations: object storage, queues, billing and notifications."""
from __future__ import annotations

import functools
import json
import logging
import uuid
from typing import IO

import boto3
import requests
import stripe
from twilio.rest import Client as TwilioClient
from werkzeug.utils import secure_filename

from docflow.config import settings

logger = logging.getLogger(__name__)

_aws = boto3.Session(region_name=settings.aws_region, profile_name=settings.aws_profile)
s3 = _aws.client("s3")
sqs = _aws.client("sqs")

stripe.api_key = settings.stripe_api_key

PRICE_PER_PAGE_CENTS = 4


def upload_document(tenant_id: int, filename: str, stream: IO[bytes]) -> str:
    """Store an uploaded file and return its object key."""
    key = f"{tenant_id}/{uuid.uuid4().hex}/{secure_filename(filename)}"
    s3.put_object(
        Bucket=settings.s3_bucket,
        Key=key,
        Body=stream.read(),
        ServerSideEncryption="aws:kms",
    )
    return key


def download_document(key: str) -> bytes:
    obj = s3.get_object(Bucket=settings.s3_bucket, Key=key)
    return obj["Body"].read()


def presigned_url(key: str, expires_in: int = 900) -> str:
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.s3_bucket, "Key": key}, ExpiresIn=expires_in
    )


def enqueue_export(document_id: int, tenant_id: int) -> None:
    """Hand a finished document to the ERP export service."""
    if not settings.export_queue_url:
        logger.info("export queue not configured; skipping document %s", document_id)
        return
    sqs.send_message(
        QueueUrl=settings.export_queue_url,
        MessageBody=json.dumps({"document_id": document_id, "tenant_id": tenant_id}),
        MessageGroupId=str(tenant_id),
        MessageDeduplicationId=f"{document_id}",
    )


def charge_overage(stripe_customer_id: str, pages: int) -> str:
    intent = stripe.PaymentIntent.create(
        amount=pages * PRICE_PER_PAGE_CENTS,
        currency="usd",
        customer=stripe_customer_id,
        off_session=True,
        confirm=True,
        metadata={"pages": pages},
    )
    return intent.id


def report_page_usage(stripe_customer_id: str, pages: int) -> None:
    stripe.billing.MeterEvent.create(
        event_name="pages_processed",
        payload={"stripe_customer_id": stripe_customer_id, "value": str(pages)},
    )


@functools.lru_cache(maxsize=1)
def _twilio() -> TwilioClient:
    return TwilioClient(settings.twilio_account_sid, settings.twilio_auth_token)


def send_sms(to: str, body: str) -> str:
    message = _twilio().messages.create(body=body, from_=settings.twilio_from_number, to=to)
    return message.sid


def post_to_slack(text: str) -> None:
    if not settings.slack_webhook_url:
        return
    try:
        requests.post(settings.slack_webhook_url, json={"text": text}, timeout=10)
    except requests.RequestException:
        logger.warning("slack notification failed", exc_info=True)
