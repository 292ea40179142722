"""Structured field extraction for contracts (Claude direct or via Bedrock)."""
from __future__ import annotations

import json
import logging
from typing import Any, Optional

import anthropic

from enrichment import settings
from enrichment.clients import get_anthropic_client, get_bedrock_runtime
from enrichment.prompts import CONTRACT_EXTRACTION_SYSTEM, CONTRACT_TOOL

logger = logging.getLogger(__name__)

EMPTY_FIELDS = {
    "counterparty": None,
    "effective_date": None,
    "renewal_date": None,
    "annual_value_usd": None,
    "auto_renews": None,
    "governing_law": None,
}


def extract_contract_fields(text: str, client: Optional[anthropic.Anthropic] = None) -> dict[str, Any]:
    client = client or get_anthropic_client()
    msg = client.messages.create(
        model=settings.extraction_model(),
        max_tokens=1024,
        system=CONTRACT_EXTRACTION_SYSTEM,
        tools=[CONTRACT_TOOL],
        tool_choice={"type": "tool", "name": CONTRACT_TOOL["name"]},
        messages=[{"role": "user", "content": text[:150_000]}],
    )
    for block in msg.content:
        if block.type == "tool_use":
            return {**EMPTY_FIELDS, **block.input}
    logger.warning("no tool_use block in extraction response %s", msg.id)
    return dict(EMPTY_FIELDS)


def extract_with_bedrock(text: str, runtime=None) -> dict[str, Any]:
    """Same extraction through Bedrock; used for EU contracts (data residency)."""
    runtime = runtime or get_bedrock_runtime("eu-central-1")
    response = runtime.converse(
        modelId=settings.bedrock_model_id(),
        system=[{"text": CONTRACT_EXTRACTION_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": text[:100_000]}]}],
        toolConfig={
            "tools": [
                {
                    "toolSpec": {
                        "name": CONTRACT_TOOL["name"],
                        "description": CONTRACT_TOOL["description"],
                        "inputSchema": {"json": CONTRACT_TOOL["input_schema"]},
                    }
                }
            ],
            "toolChoice": {"tool": {"name": CONTRACT_TOOL["name"]}},
        },
        inferenceConfig={"maxTokens": 1024, "temperature": 0},
    )
    for block in response["output"]["message"]["content"]:
        if "toolUse" in block:
            return {**EMPTY_FIELDS, **block["toolUse"]["input"]}
    return dict(EMPTY_FIELDS)


def summarize_clauses_stream(text: str) -> str:
    runtime = get_bedrock_runtime()
    response = runtime.converse_stream(
        modelId=settings.bedrock_model_id(),
        messages=[{"role": "user", "content": [{"text": "List the termination clauses:\n\n" + text}]}],
        inferenceConfig={"maxTokens": 600},
    )
    parts = []
    for event in response["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            parts.append(delta["text"])
    return "".join(parts)


def parse_bedrock_json(body: bytes) -> dict:
    # kept for the invoke_model path in sources/contracts.py
    payload = json.loads(body)
    return json.loads(payload["content"][0]["text"])
