"""Structured field extraction with Claude tool use."""
from __future__ import annotations

import json
from typing import Any

import structlog
from anthropic import AsyncAnthropic

log = structlog.get_logger(__name__)

EXTRACTION_SYSTEM = (
    "You extract structured fields from business documents. Only use values that appear "
    "in the document. Use null for anything missing. Dates are ISO-8601."
)

SCHEMAS: dict[str, dict[str, Any]] = {
    "invoice": {
        "type": "object",
        "properties": {
            "invoice_number": {"type": ["string", "null"]},
            "issue_date": {"type": ["string", "null"]},
            "due_date": {"type": ["string", "null"]},
            "vendor_name": {"type": ["string", "null"]},
            "total_amount": {"type": ["number", "null"]},
            "currency": {"type": ["string", "null"]},
            "line_items": {"type": "array", "items": {"type": "object"}},
        },
        "required": ["invoice_number", "total_amount"],
    },
    "contract": {
        "type": "object",
        "properties": {
            "parties": {"type": "array", "items": {"type": "string"}},
            "effective_date": {"type": ["string", "null"]},
            "termination_date": {"type": ["string", "null"]},
            "governing_law": {"type": ["string", "null"]},
            "auto_renewal": {"type": ["boolean", "null"]},
            "liability_cap": {"type": ["string", "null"]},
        },
        "required": ["parties"],
    },
}


class FieldExtractor:
    def __init__(self, client: AsyncAnthropic, model: str, max_tokens: int = 2048) -> None:
        self.client = client
        self.model = model
        self.max_tokens = max_tokens

    def _tool(self, doc_type: str) -> dict[str, Any]:
        return {
            "name": f"record_{doc_type}_fields",
            "description": f"Record the fields extracted from a {doc_type}.",
            "input_schema": SCHEMAS[doc_type],
        }

    async def extract(self, doc_type: str, text: str) -> dict[str, Any]:
        tool = self._tool(doc_type)
        message = await self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=EXTRACTION_SYSTEM,
            tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
            messages=[{"role": "user", "content": f"<document>\n{text}\n</document>"}],
        )
        for block in message.content:
            if block.type == "tool_use":
                return dict(block.input)
        log.warning("extraction_no_tool_use", stop_reason=message.stop_reason)
        return {}

    async def extract_long(self, doc_type: str, text: str) -> dict[str, Any]:
        """Streaming variant for very long documents (avoids the 10 minute request cap)."""
        tool = self._tool(doc_type)
        async with self.client.messages.stream(
            model=self.model,
            max_tokens=8192,
            system=EXTRACTION_SYSTEM,
            tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
            messages=[{"role": "user", "content": f"<document>\n{text}\n</document>"}],
        ) as stream:
            final = await stream.get_final_message()
        for block in final.content:
            if block.type == "tool_use":
                return dict(block.input)
        return {}

    async def fits_context(self, text: str, limit: int = 180_000) -> bool:
        counted = await self.client.messages.count_tokens(
            model=self.model,
            system=EXTRACTION_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        return counted.input_tokens < limit


def merge_extractions(parts: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            if value in (None, "", []):
                continue
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged.setdefault(key, value)
    return merged


def dumps_fields(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)
