"""Structured field extraction from claim documents with Claude (Bedrock).

Uses tool-use to force a JSON object per document type.
"""
from __future__ import annotations

import logging
from typing import Any

import pandas as pd

from docai_models.models.base import DocAIModel
from docai_models.providers import bedrock_model_id
from docai_models.utils.prompts import EXTRACTION_SYSTEM

log = logging.getLogger(__name__)

DOC_TOOLS: dict[str, dict[str, Any]] = {
    "invoice": {
        "name": "record_invoice",
        "description": "Record fields of a repair / medical invoice",
        "input_schema": {
            "type": "object",
            "properties": {
                "vendor_name": {"type": ["string", "null"]},
                "invoice_number": {"type": ["string", "null"]},
                "invoice_date": {"type": ["string", "null"]},
                "total_amount": {"type": ["number", "null"]},
                "line_items": {"type": "array", "items": {"type": "object"}},
            },
            "required": ["vendor_name", "total_amount"],
        },
    },
    "police_report": {
        "name": "record_police_report",
        "description": "Record fields of a police / incident report",
        "input_schema": {
            "type": "object",
            "properties": {
                "report_number": {"type": ["string", "null"]},
                "incident_date": {"type": ["string", "null"]},
                "location": {"type": ["string", "null"]},
                "parties": {"type": "array", "items": {"type": "object"}},
                "citations_issued": {"type": "boolean"},
            },
            "required": ["incident_date"],
        },
    },
    "acord_form": {
        "name": "record_acord",
        "description": "Record fields of an ACORD loss notice",
        "input_schema": {
            "type": "object",
            "properties": {
                "form_number": {"type": "string"},
                "policy_number": {"type": ["string", "null"]},
                "insured_name": {"type": ["string", "null"]},
                "date_of_loss": {"type": ["string", "null"]},
                "description_of_loss": {"type": ["string", "null"]},
            },
            "required": ["form_number"],
        },
    },
}


class DocumentExtractorModel(DocAIModel):
    text_column = "document_text"

    def on_load(self, context):
        self.claude = self.registry.get("anthropic")
        self.model_id = bedrock_model_id(self.registry.model("anthropic"))
        overrides = self.load_json_artifact("tool_overrides") or {}
        self.tools = {**DOC_TOOLS, **overrides}

    def predict_row(self, row, params):
        doc_type = row.get("doc_type") or "acord_form"
        tool = self.tools[doc_type]
        msg = self.claude.messages.create(
            model=self.model_id,
            max_tokens=2048,
            system=EXTRACTION_SYSTEM.template,
            tools=[tool],
            tool_choice={"type": "tool", "name": tool["name"]},
            messages=[{"role": "user", "content": row[self.text_column]}],
        )
        for block in msg.content:
            if block.type == "tool_use":
                return {"doc_type": doc_type, "fields": block.input, "stop_reason": msg.stop_reason}
        return {"doc_type": doc_type, "fields": None, "stop_reason": msg.stop_reason}

    def stream_preview(self, text: str) -> str:
        """Used by the intake UI through the FastAPI shim for a live preview."""
        chunks = []
        with self.claude.messages.stream(
            model=self.model_id,
            max_tokens=512,
            system="Describe what kind of insurance document this is in two sentences.",
            messages=[{"role": "user", "content": text[:20000]}],
        ) as stream:
            for piece in stream.text_stream:
                chunks.append(piece)
        return "".join(chunks)


def to_frame(results: list[dict]) -> pd.DataFrame:
    return pd.json_normalize(results)
