"""Thin wrapper around the Bedrock Converse API.

Written before we had the provider registry; the registry's BedrockProvider
still delegates here.
"""

import logging

from nautobot_ai.app_settings import get_setting
from nautobot_ai.llm.clients import get_bedrock_runtime

logger = logging.getLogger(__name__)


def _to_converse_messages(messages):
    out = []
    for msg in messages:
        content = msg["content"]
        if isinstance(content, str):
            content = [{"text": content}]
        out.append({"role": msg["role"], "content": content})
    return out


class BedrockConverse:
    """Calls bedrock-runtime `converse` and normalises the response."""

    def __init__(self, model_id=None, region=None, runtime=None):
        self.model_id = model_id or get_setting("bedrock_model_id")
        self.runtime = runtime or get_bedrock_runtime(region)

    def converse(self, messages, system=None, max_tokens=1024, temperature=0.2):
        kwargs = {
            "modelId": self.model_id,
            "messages": _to_converse_messages(messages),
            "inferenceConfig": {"maxTokens": max_tokens, "temperature": temperature},
        }
        if system:
            kwargs["system"] = [{"text": system}]
        response = self.runtime.converse(**kwargs)
        usage = response.get("usage", {})
        logger.debug("bedrock %s in=%s out=%s", self.model_id, usage.get("inputTokens"), usage.get("outputTokens"))
        blocks = response["output"]["message"]["content"]
        return "".join(block.get("text", "") for block in blocks), usage

    def stream(self, messages, system=None, max_tokens=2048):
        response = self.runtime.converse_stream(
            modelId=self.model_id,
            messages=_to_converse_messages(messages),
            system=[{"text": system}] if system else [],
            inferenceConfig={"maxTokens": max_tokens},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]


def list_claude_models(region=None):
    """Used by the settings page to populate the model dropdown."""
    import boto3  # pylint: disable=import-outside-toplevel

    control = boto3.client("bedrock", region_name=region or get_setting("bedrock_region"))
    summaries = control.list_foundation_models(byProvider="Anthropic", byOutputModality="TEXT")
    return [m["modelId"] for m in summaries["modelSummaries"]]
