"""Inbound message triage (category + priority), shown as chips in the inbox."""
from __future__ import annotations

import json
import logging
from typing import Literal

from pydantic import BaseModel, ValidationError

from app.core.config import settings
from app.services import ai_clients

logger = logging.getLogger(__name__)

TRIAGE_SCHEMA = {
    "type": "object",
    "properties": {
        "category": {
            "type": "string",
            "enum": ["billing", "bug", "how_to", "account", "feature_request", "other"],
        },
        "priority": {"type": "string", "enum": ["low", "normal", "high", "urgent"]},
        "needs_human": {"type": "boolean"},
    },
    "required": ["category", "priority", "needs_human"],
    "additionalProperties": False,
}


class Triage(BaseModel):
    category: Literal["billing", "bug", "how_to", "account", "feature_request", "other"]
    priority: Literal["low", "normal", "high", "urgent"]
    needs_human: bool


FALLBACK = Triage(category="other", priority="normal", needs_human=True)


async def triage_message(subject: str, body: str) -> Triage:
    # The Responses API needs api-version 2025-03-01-preview or later on Azure;
    # the shared client is pinned to that in staging/prod via AZURE_OPENAI_API_VERSION.
    client = ai_clients.get_async_azure_openai()
    try:
        response = await client.responses.create(
            model=settings.AZURE_OPENAI_MINI_DEPLOYMENT,
            instructions=(
                "Classify the customer message. 'urgent' only for outages, data loss "
                "or security issues. needs_human=true when the customer is upset "
                "or mentions legal action."
            ),
            input=f"Subject: {subject}\n\n{body[:8000]}",
            text={
                "format": {
                    "type": "json_schema",
                    "name": "triage",
                    "schema": TRIAGE_SCHEMA,
                    "strict": True,
                }
            },
            max_output_tokens=60,
        )
        return Triage.model_validate(json.loads(response.output_text))
    except (ValidationError, json.JSONDecodeError):
        logger.warning("unparseable triage output", exc_info=True)
        return FALLBACK
