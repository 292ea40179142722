"""Batch field extraction from the v1 pipeline."""
from __future__ import annotations

import json
import logging
from typing import Any

import anthropic
import litellm
import openai
import requests

from docflow.config import settings
from docflow.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)

client = openai.OpenAI(api_key=settings.openai_api_key)
_claude = anthropic.Anthropic(api_key=settings.anthropic_api_key)

HEADER_PROMPT = (
    "Return JSON with vendor, invoice_number, invoice_date and total for the invoice below. "
    "Use null for anything missing."
)


def extract_header_fields(text: str) -> dict[str, Any]:
    response = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": HEADER_PROMPT},
            {"role": "user", "content": text[:12000]},
        ],
        response_format={"type": "json_object"},
    )
    return json.loads(response.choices[0].message.content or "{}")


def extract_line_items(text: str, tenant_id: int) -> list[dict[str, Any]]:
    with llm_tracker.track_llm_call(feature="legacy_line_items", tenant_id=tenant_id) as usage_log:
        response = client.chat.completions.create(
            model="gpt-4o",
            messages=[
                {"role": "system", "content": "Return a JSON object with a line_items array."},
                {"role": "user", "content": text[:40000]},
            ],
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return json.loads(response.choices[0].message.content or "{}").get("line_items", [])


def normalise_vendor_name(raw_name: str) -> str:
    response = litellm.completion(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Normalise the company name: drop legal suffixes, fix casing. Name only."},
            {"role": "user", "content": raw_name},
        ],
        temperature=0,
        max_tokens=20,
    )
    return (response.choices[0].message.content or raw_name).strip()


def detect_currency(text: str, tenant_id: int) -> str | None:
    with llm_tracker.track_llm_call(feature="legacy_currency", tenant_id=tenant_id) as usage_log:
        response = litellm.completion(
            model="anthropic/claude-3-haiku-20240307",
            messages=[{"role": "user", "content": f"ISO 4217 currency code of this invoice, code only:\n{text[:4000]}"}],
            max_tokens=5,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    code = (response.choices[0].message.content or "").strip().upper()
    return code if len(code) == 3 else None


def summarise_contract_terms(text: str, tenant_id: int) -> str:
    with llm_tracker.track_llm_call(feature="legacy_contract_terms", tenant_id=tenant_id) as usage_log:
        message = _claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=800,
            messages=[{"role": "user", "content": f"Summarise payment terms and penalties:\n\n{text[:50000]}"}],
        )
        usage_log.input_tokens = message.usage.input_tokens
        usage_log.output_tokens = message.usage.output_tokens
    return "".join(block.text for block in message.content if block.type == "text")


def detect_language(text: str) -> str:
    resp = requests.post(
        "https://api.anthropic.com/v1/messages",
        headers={
            "x-api-key": settings.anthropic_api_key or "",
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={
            "model": "claude-3-haiku-20240307",
            "max_tokens": 5,
            "messages": [{"role": "user", "content": f"ISO 639-1 code of this text's language, code only:\n{text[:2000]}"}],
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["content"][0]["text"].strip().lower()


def run_batch(documents: list[tuple[int, str]], tenant_id: int) -> list[dict[str, Any]]:
    """Run the v1 extraction over ``(document_id, text)`` pairs."""
    results: list[dict[str, Any]] = []
    for document_id, text in documents:
        try:
            fields = extract_header_fields(text)
            if fields.get("vendor"):
                fields["vendor"] = normalise_vendor_name(fields["vendor"])
            fields["line_items"] = extract_line_items(text, tenant_id)
            fields["currency"] = fields.get("currency") or detect_currency(text, tenant_id)
            fields["language"] = detect_language(text)
            if "agreement" in text[:2000].lower():
                fields["contract_terms"] = summarise_contract_terms(text, tenant_id)
        except (openai.OpenAIError, anthropic.AnthropicError, requests.RequestException, json.JSONDecodeError):
            logger.exception("legacy extraction failed for document %s", document_id)
            fields = {"error": "extraction_failed"}
        results.append(fields)
    return results
