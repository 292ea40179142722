"""Original invoice/inbox activities (2023).

Still registered because InvoiceWorkflow v1 histories reference them by name.
Do not add new activities here; use activities/invoices.py.
TODO(BO-388): delete once the last v1 workflow executions have closed.
"""
from __future__ import annotations

import json
import logging
from typing import Dict, List

import anthropic
import boto3
from openai import OpenAI
from temporalio import activity

from backoffice.clients.llm import get_voyage
from backoffice.config import get_settings
from backoffice.errors import ExtractionError
from backoffice.prompts import GL_CODING_V2, INVOICE_EXTRACTION_V3, TRIAGE_V4
from backoffice.utils import parse_json_reply

logger = logging.getLogger(__name__)
settings = get_settings()

_openai = OpenAI(api_key=settings.openai_api_key)
_claude = anthropic.Anthropic(api_key=settings.anthropic_api_key)
_bedrock = boto3.client("bedrock-runtime", region_name=settings.aws_region)

CHART_OF_ACCOUNTS = "\n".join(
    [
        "6100 Office supplies",
        "6200 Software subscriptions",
        "6300 Professional services",
        "6400 Travel",
        "6500 Facilities",
        "6900 Other",
    ]
)


@activity.defn(name="extract_invoice_fields")
def extract_invoice_fields_v1(invoice_text: str) -> Dict[str, object]:
    resp = _openai.chat.completions.create(
        model="gpt-4-turbo",
        temperature=0,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": INVOICE_EXTRACTION_V3},
            {"role": "user", "content": invoice_text[:30000]},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content)
    except (TypeError, json.JSONDecodeError) as exc:
        raise ExtractionError(f"bad extraction output: {exc}") from exc


@activity.defn(name="classify_vendor_category")
def classify_vendor_category_v1(vendor_name: str, sample_lines: List[str]) -> str:
    prompt = f"Vendor: {vendor_name}\nLines:\n" + "\n".join(sample_lines[:20])
    resp = _openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Classify the vendor into one word: saas, services, hardware, travel, facilities, other."},
            {"role": "user", "content": prompt},
        ],
        max_tokens=5,
    )
    return (resp.choices[0].message.content or "other").strip().lower()


@activity.defn(name="triage_email")
def triage_email_v1(subject: str, body: str) -> Dict[str, str]:
    message = _claude.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=200,
        system=TRIAGE_V4,
        messages=[{"role": "user", "content": f"Subject: {subject}\n\n{body[:8000]}"}],
    )
    text = message.content[0].text
    try:
        return parse_json_reply(text)
    except ValueError:
        logger.warning("triage_email_v1 returned non-JSON: %r", text[:200])
        return {"category": "other", "priority": "normal"}


@activity.defn(name="suggest_gl_code")
def suggest_gl_code_v1(vendor_name: str, descriptions: List[str]) -> str:
    prompt = GL_CODING_V2.format(chart=CHART_OF_ACCOUNTS)
    result = _bedrock.converse(
        modelId=settings.models.bedrock_converse,
        system=[{"text": prompt}],
        messages=[
            {
                "role": "user",
                "content": [{"text": f"Vendor: {vendor_name}\n" + "\n".join(descriptions)}],
            }
        ],
        inferenceConfig={"maxTokens": 10, "temperature": 0.0},
    )
    return result["output"]["message"]["content"][0]["text"].strip()


@activity.defn(name="embed_invoice_text")
def embed_invoice_text_v1(text: str) -> List[float]:
    # used for duplicate-invoice detection
    result = get_voyage().embed([text[:16000]], model="voyage-2", input_type="document")
    return result.embeddings[0]
