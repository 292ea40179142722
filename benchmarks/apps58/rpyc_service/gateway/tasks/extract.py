"""Structured extraction (JSON schema in, JSON out) on the Responses API."""
from __future__ import annotations

import json
import logging

from pydantic import BaseModel, Field

from gateway.clients import get_openai_client
from gateway.retry import call_with_retries

log = logging.getLogger(__name__)

EXTRACT_MODEL = "gpt-4o-2024-08-06"


class Invoice(BaseModel):
    vendor: str
    invoice_number: str | None = None
    total: float | None = None
    currency: str | None = Field(default=None, max_length=3)
    line_items: list[str] = Field(default_factory=list)


def extract_json(text: str, schema: dict, name: str = "extraction") -> dict:
    client = get_openai_client()
    resp = call_with_retries(
        client.responses.create,
        model=EXTRACT_MODEL,
        input=[
            {"role": "system", "content": "Extract the requested fields. Use null when absent."},
            {"role": "user", "content": text},
        ],
        text={"format": {"type": "json_schema", "name": name, "schema": schema, "strict": True}},
    )
    return json.loads(resp.output_text)


def extract_invoice(text: str) -> Invoice:
    client = get_openai_client()
    completion = client.beta.chat.completions.parse(
        model=EXTRACT_MODEL,
        messages=[
            {"role": "system", "content": "Extract invoice fields from the document."},
            {"role": "user", "content": text},
        ],
        response_format=Invoice,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is None:
        raise ValueError(completion.choices[0].message.refusal or "no parse")
    return parsed
