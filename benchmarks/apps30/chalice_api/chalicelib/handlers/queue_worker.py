"""SQS consumers. Wired up in app.py with @app.on_sqs_message."""
import json
import logging

import boto3

from chalicelib import bedrock_runtime, prompts
from chalicelib.clients import anthropic_bedrock
from chalicelib.config import settings
from chalicelib.llm import parse_label
from chalicelib.services.summarizer import summarize_document

logger = logging.getLogger(__name__)

_s3 = boto3.client("s3")


def process_summarize_record(record_body: str) -> dict:
    job = json.loads(record_body)
    obj = _s3.get_object(Bucket=job["bucket"], Key=job["key"])
    text = obj["Body"].read().decode("utf-8", errors="replace")
    # background jobs run on Bedrock (provisioned throughput), not the public API
    result = summarize_document(text, client=anthropic_bedrock, model=settings.fast_bedrock_model)
    _s3.put_object(
        Bucket=job["bucket"],
        Key=f"summaries/{job['doc_id']}.json",
        Body=json.dumps({"doc_id": job["doc_id"], "status": "done", **result}),
        ContentType="application/json",
    )
    return result


def classify_ticket(ticket_text: str) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 10,
        "system": prompts.CLASSIFY_SYSTEM,
        "messages": [{"role": "user", "content": prompts.classify_prompt(ticket_text)}],
    }
    resp = bedrock_runtime.invoke_model(
        modelId=settings.fast_bedrock_model,
        body=json.dumps(body),
        contentType="application/json",
    )
    payload = json.loads(resp["body"].read())
    return parse_label(payload["content"][0]["text"], prompts.CLASSIFY_LABELS)


def process_ticket_record(record_body: str) -> dict:
    ticket = json.loads(record_body)
    label = classify_ticket(ticket["text"])
    logger.info("ticket %s classified as %s", ticket.get("id"), label)
    return {"id": ticket.get("id"), "label": label}
