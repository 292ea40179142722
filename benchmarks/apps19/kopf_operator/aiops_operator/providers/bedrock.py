"""AWS Bedrock adapter (Converse API)."""
from __future__ import annotations

import json
import logging
from typing import Iterator

from botocore.exceptions import ClientError

from aiops_operator.providers.base import (
    Completion,
    CompletionRequest,
    ProviderAdapter,
    ProviderError,
)

logger = logging.getLogger(__name__)

_RETRYABLE = {"ThrottlingException", "ModelNotReadyException", "ServiceUnavailableException"}
TITAN_EMBED = "amazon.titan-embed-text-v2:0"


class BedrockAdapter(ProviderAdapter):
    name = "bedrock"

    def __init__(self, runtime_client, guardrail_id: str = "", guardrail_version: str = "DRAFT"):
        self._client = runtime_client
        self._guardrail_id = guardrail_id
        self._guardrail_version = guardrail_version

    def _converse_kwargs(self, request: CompletionRequest) -> dict:
        kwargs = {
            "modelId": request.model,
            "messages": [
                {"role": m.role, "content": [{"text": m.content}]} for m in request.messages
            ],
            "inferenceConfig": {
                "maxTokens": request.max_tokens,
                "temperature": request.temperature,
            },
        }
        if request.system:
            kwargs["system"] = [{"text": request.system}]
        if request.stop:
            kwargs["inferenceConfig"]["stopSequences"] = request.stop
        if self._guardrail_id:
            kwargs["guardrailConfig"] = {
                "guardrailIdentifier": self._guardrail_id,
                "guardrailVersion": self._guardrail_version,
            }
        return kwargs

    def complete(self, request: CompletionRequest) -> Completion:
        try:
            resp = self._client.converse(**self._converse_kwargs(request))
        except ClientError as exc:
            code = exc.response["Error"]["Code"]
            raise ProviderError(self.name, code, retryable=code in _RETRYABLE) from exc
        content = resp["output"]["message"]["content"]
        text = "".join(block.get("text", "") for block in content)
        usage = resp.get("usage", {})
        return Completion(
            text=text,
            model=request.model,
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            finish_reason=resp.get("stopReason"),
            raw=resp,
        )

    def stream(self, request: CompletionRequest) -> Iterator[str]:
        resp = self._client.converse_stream(**self._converse_kwargs(request))
        for event in resp["stream"]:
            if "contentBlockDelta" in event:
                yield event["contentBlockDelta"]["delta"].get("text", "")
            elif "metadata" in event:
                usage = event["metadata"].get("usage", {})
                logger.debug("bedrock stream usage %s", usage)

    def embed(self, texts: list[str], model: str | None = None) -> list[list[float]]:
        vectors = []
        for text in texts:
            resp = self._client.invoke_model(
                modelId=model or TITAN_EMBED,
                contentType="application/json",
                accept="application/json",
                body=json.dumps({"inputText": text, "dimensions": 512, "normalize": True}),
            )
            vectors.append(json.loads(resp["body"].read())["embedding"])
        return vectors

    def check_input(self, text: str) -> tuple[bool, str]:
        """Run the configured guardrail over user input (used by the webhook)."""
        if not self._guardrail_id:
            return True, ""
        resp = self._client.apply_guardrail(
            guardrailIdentifier=self._guardrail_id,
            guardrailVersion=self._guardrail_version,
            source="INPUT",
            content=[{"text": {"text": text}}],
        )
        if resp["action"] == "GUARDRAIL_INTERVENED":
            reasons = [o.get("text", "") for o in resp.get("outputs", [])]
            return False, "; ".join(reasons) or "blocked by guardrail"
        return True, ""

    def estimate_tokens(self, request: CompletionRequest) -> int:
        resp = self._client.count_tokens(
            modelId=request.model,
            input={"converse": {"messages": self._converse_kwargs(request)["messages"]}},
        )
        return resp["inputTokens"]
