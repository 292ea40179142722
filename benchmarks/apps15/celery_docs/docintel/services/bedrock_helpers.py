"""Thin helpers around the bedrock-runtime client.

The client is passed in so both the legacy module-level client and the
per-worker one can use these.
"""
import json
import logging
from typing import Any, Dict, List, Optional

log = logging.getLogger(__name__)

ANTHROPIC_VERSION = "bedrock-2023-05-31"


def text_message(role: str, text: str) -> Dict[str, Any]:
    return {"role": role, "content": [{"text": text}]}


def output_text(response: Dict[str, Any]) -> str:
    blocks = response["output"]["message"]["content"]
    return "".join(b.get("text", "") for b in blocks)


def tool_input(response: Dict[str, Any], tool_name: str) -> Optional[Dict[str, Any]]:
    for block in response["output"]["message"]["content"]:
        tool_use = block.get("toolUse")
        if tool_use and tool_use.get("name") == tool_name:
            return tool_use.get("input")
    return None


def converse_text(client, model_id: str, system: str, user_text: str, max_tokens: int = 1024,
                  temperature: float = 0.0) -> str:
    response = client.converse(
        modelId=model_id,
        system=[{"text": system}],
        messages=[text_message("user", user_text)],
        inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
    )
    usage = response.get("usage", {})
    log.debug("bedrock converse %s in=%s out=%s", model_id, usage.get("inputTokens"), usage.get("outputTokens"))
    return output_text(response)


def invoke_claude_json(client, model_id: str, messages: List[Dict[str, Any]], system: Optional[str] = None,
                       max_tokens: int = 2048) -> Dict[str, Any]:
    """Native Anthropic body via InvokeModel (needed for prompt caching on older profiles)."""
    body: Dict[str, Any] = {
        "anthropic_version": ANTHROPIC_VERSION,
        "max_tokens": max_tokens,
        "messages": messages,
    }
    if system:
        body["system"] = system
    raw = client.invoke_model(
        modelId=model_id,
        body=json.dumps(body),
        contentType="application/json",
        accept="application/json",
    )
    return json.loads(raw["body"].read())
