"""AWS Bedrock adapter.

Uses the Converse API for everything that supports it. A handful of older models that some
teams still pin (Titan Text, Cohere Command Text) only work through InvokeModel with their
own body format.
"""
from __future__ import annotations

import json
import time
from typing import Any, Dict, List, Optional

from botocore.exceptions import ClientError

from labelkit import aws, prompts
from labelkit.errors import ProviderError, RateLimited, RetryableError
from labelkit.plugins.base import LabelResult, ProviderAdapter

_THROTTLE_CODES = {"ThrottlingException", "TooManyRequestsException", "ServiceQuotaExceededException"}
_TRANSIENT_CODES = {"ModelNotReadyException", "ServiceUnavailableException", "InternalServerException",
                    "ModelTimeoutException"}

LEGACY_INVOKE_PREFIXES = ("amazon.titan-text", "cohere.command-text", "cohere.command-light-text")


def to_converse(messages: List[Dict[str, str]]):
    """Split OpenAI-style messages into (system blocks, converse messages)."""
    system = [{"text": m["content"]} for m in messages if m["role"] == "system"]
    convo = [
        {"role": m["role"], "content": [{"text": m["content"]}]}
        for m in messages
        if m["role"] in ("user", "assistant")
    ]
    return system, convo


def _translate(exc: ClientError) -> Exception:
    code = exc.response.get("Error", {}).get("Code", "")
    msg = exc.response.get("Error", {}).get("Message", str(exc))
    status = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    if code in _THROTTLE_CODES:
        return RateLimited("bedrock", msg, status=status)
    if code in _TRANSIENT_CODES:
        return RetryableError("bedrock", msg, status=status)
    return ProviderError("bedrock", f"{code}: {msg}", status=status)


class BedrockAdapter(ProviderAdapter):
    name = "bedrock"

    def __init__(self, spec, client=None, limiter=None) -> None:
        super().__init__(spec, client=client, limiter=limiter)
        region = spec.options.get("region")
        self._runtime = client or aws.bedrock_runtime(region=region, profile=spec.options.get("aws_profile"))
        self._guardrail = spec.options.get("guardrail")

    def _inference_config(self) -> Dict[str, Any]:
        cfg: Dict[str, Any] = {"maxTokens": self.spec.max_tokens, "temperature": self.spec.temperature}
        if "top_p" in self.spec.params:
            cfg["topP"] = float(self.spec.params["top_p"])
        if self.spec.params.get("stop"):
            cfg["stopSequences"] = list(self.spec.params["stop"])
        return cfg

    def label(self, item: Dict[str, Any]) -> LabelResult:
        if self.spec.model.startswith(LEGACY_INVOKE_PREFIXES):
            return self._label_invoke(item)

        system, convo = to_converse(self.messages_for(item))
        kwargs: Dict[str, Any] = {}
        if self._guardrail:
            kwargs["guardrailConfig"] = {
                "guardrailIdentifier": self._guardrail["id"],
                "guardrailVersion": str(self._guardrail.get("version", "DRAFT")),
            }
        started = time.perf_counter()
        try:
            resp = self._runtime.converse(
                modelId=self.spec.model,
                system=system,
                messages=convo,
                inferenceConfig=self._inference_config(),
                **kwargs,
            )
        except ClientError as exc:
            raise _translate(exc) from exc

        blocks = resp["output"]["message"]["content"]
        raw = "".join(b.get("text", "") for b in blocks)
        usage = resp.get("usage", {})
        return self.to_result(
            item, raw, started,
            input_tokens=usage.get("inputTokens"),
            output_tokens=usage.get("outputTokens"),
            meta={"stop_reason": resp.get("stopReason")},
        )

    def _label_invoke(self, item: Dict[str, Any]) -> LabelResult:
        prompt = prompts.build_prompt(self.spec, self.item_text(item))
        if self.spec.model.startswith("amazon.titan-text"):
            body = {
                "inputText": prompt,
                "textGenerationConfig": {
                    "maxTokenCount": self.spec.max_tokens,
                    "temperature": self.spec.temperature,
                    "stopSequences": ["\n\n"],
                },
            }
        else:  # cohere.command-text
            body = {"prompt": prompt, "max_tokens": self.spec.max_tokens, "temperature": self.spec.temperature}

        started = time.perf_counter()
        try:
            resp = self._runtime.invoke_model(
                modelId=self.spec.model,
                body=json.dumps(body),
                contentType="application/json",
                accept="application/json",
            )
        except ClientError as exc:
            raise _translate(exc) from exc

        payload = json.loads(resp["body"].read())
        if "results" in payload:
            raw = payload["results"][0]["outputText"]
        else:
            raw = payload["generations"][0]["text"]
        headers = resp.get("ResponseMetadata", {}).get("HTTPHeaders", {})
        return self.to_result(
            item, raw, started,
            input_tokens=_int_or_none(headers.get("x-amzn-bedrock-input-token-count")),
            output_tokens=_int_or_none(headers.get("x-amzn-bedrock-output-token-count")),
        )

    def estimate_tokens(self, item: Dict[str, Any]) -> Optional[int]:
        system, convo = to_converse(self.messages_for(item))
        try:
            resp = self._runtime.count_tokens(
                modelId=self.spec.model,
                input={"converse": {"system": system, "messages": convo}},
            )
        except ClientError as exc:
            # CountTokens is only available for some models / regions
            self.log.debug("count_tokens unavailable for %s: %s", self.spec.model, exc)
            return None
        return int(resp["inputTokens"])


def _int_or_none(value: Optional[str]) -> Optional[int]:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
