"""Draft responses to payment disputes (chargebacks)."""
import json
import logging

import boto3
from django.conf import settings

from .models import Dispute

logger = logging.getLogger(__name__)

DISPUTE_MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0"

bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")


def dispute_model_available() -> bool:
    control = boto3.client("bedrock", region_name="us-east-1")
    summaries = control.list_foundation_models(byProvider="Anthropic")["modelSummaries"]
    return any(m["modelId"] == DISPUTE_MODEL_ID for m in summaries)


def draft_dispute_response(dispute: Dispute) -> str:
    body = json.dumps(
        {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 1200,
            "system": "You write factual, polite chargeback responses for the card network.",
            "messages": [
                {
                    "role": "user",
                    "content": f"Invoice {dispute.invoice.number}\n\nEvidence:\n{dispute.evidence}",
                }
            ],
        }
    )
    stream = bedrock.invoke_model_with_response_stream(modelId=DISPUTE_MODEL_ID, body=body)
    parts = []
    for event in stream["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk.get("type") == "content_block_delta":
            parts.append(chunk["delta"].get("text", ""))
    dispute.response_draft = "".join(parts)
    dispute.save(update_fields=["response_draft"])
    logger.info("drafted dispute response for %s (%d chars)", dispute.pk, len(dispute.response_draft))
    return dispute.response_draft


def region() -> str:
    return settings.AWS_REGION
