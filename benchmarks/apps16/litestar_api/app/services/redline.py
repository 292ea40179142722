# Redline suggestions: given a clause and the firm's fallback position, propose
# tracked-change style edits. Uses the raw Anthropic messages body through
# invoke_model because we need the prefill trick ("<edits>") which converse
# didn't support when this was written.
import json
import logging
import os
import re

import boto3

from app.config import get_settings

log = logging.getLogger(__name__)

_settings = get_settings()
_runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("BEDROCK_REGION", _settings.aws_region))

ANTHROPIC_VERSION = "bedrock-2023-05-31"

REDLINE_SYSTEM = (
    "You are a contracts partner marking up a counterparty draft. Propose minimal edits that bring "
    "the clause in line with our position. Output <edit><delete>...</delete><insert>...</insert>"
    "<reason>...</reason></edit> blocks inside <edits></edits>. Never rewrite text that is already fine."
)

EDIT_RE = re.compile(
    r"<edit>\s*<delete>(?P<delete>.*?)</delete>\s*<insert>(?P<insert>.*?)</insert>\s*<reason>(?P<reason>.*?)</reason>\s*</edit>",
    re.DOTALL,
)


def _body(clause_text, position, max_tokens=2048):
    return json.dumps(
        {
            "anthropic_version": ANTHROPIC_VERSION,
            "max_tokens": max_tokens,
            "temperature": 0,
            "system": REDLINE_SYSTEM,
            "messages": [
                {
                    "role": "user",
                    "content": f"Our position:\n{position}\n\nCounterparty clause:\n{clause_text}",
                },
                {"role": "assistant", "content": "<edits>"},
            ],
        }
    )


def propose_edits(clause_text, position, model_id=None):
    model_id = model_id or _settings.bedrock_claude_model_id
    resp = _runtime.invoke_model(
        modelId=model_id,
        body=_body(clause_text, position),
        contentType="application/json",
        accept="application/json",
    )
    payload = json.loads(resp["body"].read())
    text = "".join(part["text"] for part in payload["content"] if part["type"] == "text")
    usage = payload.get("usage", {})
    log.info("redline %s: %s in / %s out", model_id, usage.get("input_tokens"), usage.get("output_tokens"))
    return [m.groupdict() for m in EDIT_RE.finditer(text)]


def stream_edits(clause_text, position, model_id=None):
    """Same as propose_edits but yields raw text as it arrives (used by the live redline panel)."""
    resp = _runtime.invoke_model_with_response_stream(
        modelId=model_id or _settings.bedrock_claude_model_id,
        body=_body(clause_text, position),
        contentType="application/json",
    )
    for event in resp["body"]:
        chunk = json.loads(event["chunk"]["bytes"])
        if chunk["type"] == "content_block_delta" and chunk["delta"]["type"] == "text_delta":
            yield chunk["delta"]["text"]
        elif chunk["type"] == "message_stop":
            metrics = chunk.get("amazon-bedrock-invocationMetrics", {})
            log.info("redline stream done: %s", metrics)
