"""Bedrock-specific helpers (Claude on Bedrock for tenants with AWS data residency)."""
import json
import logging
import os

from app.services import clients

log = logging.getLogger(__name__)

ANTHROPIC_VERSION = "bedrock-2023-05-31"


class BedrockClaude:
    """Thin wrapper around bedrock-runtime invoke_model for Claude models."""

    def __init__(self, runtime=None, model_id=None):
        self.runtime = runtime or clients.get_bedrock()
        self.model_id = model_id or "anthropic.claude-3-haiku-20240307-v1:0"

    def _body(self, prompt, max_tokens, system=None):
        body = {
            "anthropic_version": ANTHROPIC_VERSION,
            "max_tokens": max_tokens,
            "messages": [{"role": "user", "content": [{"type": "text", "text": prompt}]}],
        }
        if system:
            body["system"] = system
        return json.dumps(body)

    def ask(self, prompt, max_tokens=1024, system=None):
        raw = self.runtime.invoke_model(
            modelId=self.model_id,
            body=self._body(prompt, max_tokens, system),
        )
        payload = json.loads(raw["body"].read())
        return payload["content"][0]["text"]

    def stream(self, prompt, max_tokens=1024):
        response = self.runtime.invoke_model_with_response_stream(
            modelId=self.model_id, body=self._body(prompt, max_tokens)
        )
        for event in response["body"]:
            chunk = json.loads(event["chunk"]["bytes"])
            if chunk.get("type") == "content_block_delta":
                yield chunk["delta"].get("text", "")


def converse_stream_text(messages, system, model_id, temperature=0.2):
    """Generator over converse_stream deltas; used by the worker for long answers."""
    runtime = clients.get_bedrock()
    resp = runtime.converse_stream(
        modelId=model_id,
        messages=messages,
        system=system,
        inferenceConfig={"temperature": temperature, "maxTokens": 4096},
    )
    for event in resp["stream"]:
        delta = event.get("contentBlockDelta", {}).get("delta", {})
        if "text" in delta:
            yield delta["text"]


def list_foundation_models(region):
    """Control-plane listing for /models; not an inference call."""
    import boto3

    bedrock = boto3.client("bedrock", region_name=region)
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    return [m["modelId"] for m in summaries if m.get("modelLifecycle", {}).get("status") == "ACTIVE"]


# --- guardrails (moved here from services/guardrails.py) ---------------------
GUARDRAIL_ID = os.environ.get("BEDROCK_GUARDRAIL_ID", "")
GUARDRAIL_VERSION = os.environ.get("BEDROCK_GUARDRAIL_VERSION", "DRAFT")


def guard_input(text):
    if not GUARDRAIL_ID:
        return True
    resp = clients.get_bedrock().apply_guardrail(
        guardrailIdentifier=GUARDRAIL_ID,
        guardrailVersion=GUARDRAIL_VERSION,
        source="INPUT",
        content=[{"text": {"text": text}}],
    )
    intervened = resp["action"] == "GUARDRAIL_INTERVENED"
    if intervened:
        log.info("guardrail intervened: %s", resp.get("assessments"))
    return not intervened
