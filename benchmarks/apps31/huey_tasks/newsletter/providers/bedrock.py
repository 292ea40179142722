"""Bedrock helpers for the long-form 'deep dive' sections."""
import json

from newsletter.config import settings
from newsletter.providers.clients import get_bedrock_runtime


class BedrockWriter:
    def __init__(self, runtime=None, model_id=None):
        self._runtime = runtime or get_bedrock_runtime()
        self.model_id = model_id or settings.bedrock_model_id

    def write(self, prompt, max_tokens=1200):
        body = json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": max_tokens,
                "messages": [{"role": "user", "content": prompt}],
            }
        )
        response = self._runtime.invoke_model(
            modelId=self.model_id,
            body=body,
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(response["body"].read())
        return payload["content"][0]["text"]

    def stream(self, prompt, max_tokens=1200):
        response = self._runtime.converse_stream(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens},
        )
        for event in response["stream"]:
            delta = event.get("contentBlockDelta")
            if delta:
                yield delta["delta"].get("text", "")

    def token_estimate(self, prompt):
        # count_tokens is free; used to decide whether to split the prompt
        out = self._runtime.count_tokens(
            modelId=self.model_id,
            input={"converse": {"messages": [{"role": "user", "content": [{"text": prompt}]}]}},
        )
        return out["inputTokens"]
