"""Triage of documents arriving through the matter intake mailbox.

The SES -> SNS -> ingest pipeline calls ``triage_email`` before creating the
Document so that obvious junk (newsletters, auto-replies) never hits the queue.
"""
import json
import logging
import os

from openai import OpenAI

logger = logging.getLogger(__name__)

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"), max_retries=1, timeout=30)

_TRIAGE_PROMPT = """Classify this email sent to a law firm's document intake address.
Return JSON {"category": "document_submission" | "auto_reply" | "newsletter" | "spam" | "other",
"matter_reference": string or null}.

From: {sender}
Subject: {subject}

{body}"""


def triage_email(sender: str, subject: str, body: str) -> dict:
    completion = _client.chat.completions.create(
        model="gpt-4o-mini",
        response_format={"type": "json_object"},
        messages=[{"role": "user", "content": _TRIAGE_PROMPT.replace("{sender}", sender)
                   .replace("{subject}", subject).replace("{body}", body[:6000])}],
        max_tokens=120,
    )
    try:
        return json.loads(completion.choices[0].message.content)
    except (TypeError, json.JSONDecodeError):
        logger.warning("triage returned non-JSON for %s", subject)
        return {"category": "other", "matter_reference": None}
