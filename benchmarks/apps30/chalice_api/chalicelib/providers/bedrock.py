"""Bedrock provider: Converse API for chat, InvokeModel for Titan embeddings."""
import json
import logging
from typing import Iterator

from botocore.exceptions import ClientError

from chalicelib.clients import bedrock_runtime
from chalicelib.config import settings
from chalicelib.providers.base import Completion, LLMProvider, ProviderError, split_system

logger = logging.getLogger(__name__)


def _to_converse_messages(messages: list[dict]) -> list[dict]:
    out = []
    for m in messages:
        content = m["content"]
        if isinstance(content, str):
            content = [{"text": content}]
        out.append({"role": m["role"], "content": content})
    return out


class BedrockProvider(LLMProvider):
    name = "bedrock"

    def __init__(self, client=None, default_model: str | None = None):
        self._client = client or bedrock_runtime
        self.default_model = default_model or settings.default_bedrock_model

    def complete(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2):
        sys_from_msgs, messages = split_system(messages)
        system = system or sys_from_msgs
        kwargs = {}
        if system:
            kwargs["system"] = [{"text": system}]
        model_id = model or self.default_model
        try:
            resp = self._client.converse(
                modelId=model_id,
                messages=_to_converse_messages(messages),
                inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
                **kwargs,
            )
        except ClientError as exc:
            err = exc.response.get("Error", {})
            status = 429 if err.get("Code") == "ThrottlingException" else 502
            raise ProviderError(self.name, err.get("Message", str(exc)), status) from exc
        blocks = resp["output"]["message"]["content"]
        text = "".join(b.get("text", "") for b in blocks)
        usage = resp.get("usage", {})
        return Completion(
            text=text,
            model=model_id,
            provider=self.name,
            input_tokens=usage.get("inputTokens", 0),
            output_tokens=usage.get("outputTokens", 0),
            stop_reason=resp.get("stopReason"),
        )

    def stream(self, messages, model=None, system=None, max_tokens=1024, temperature=0.2) -> Iterator[str]:
        sys_from_msgs, messages = split_system(messages)
        system = system or sys_from_msgs
        resp = self._client.converse_stream(
            modelId=model or self.default_model,
            messages=_to_converse_messages(messages),
            system=[{"text": system}] if system else [],
            inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]
            if "metadata" in event:
                logger.debug("bedrock stream usage: %s", event["metadata"].get("usage"))

    def embed(self, texts, model=None):
        vectors = []
        for text in texts:
            resp = self._client.invoke_model(
                modelId=model or settings.titan_embedding_model,
                body=json.dumps({"inputText": text, "dimensions": 1024, "normalize": True}),
                contentType="application/json",
                accept="application/json",
            )
            vectors.append(json.loads(resp["body"].read())["embedding"])
        return vectors

    def count_tokens(self, messages, model=None) -> int:
        resp = self._client.count_tokens(
            modelId=model or self.default_model,
            input={"converse": {"messages": _to_converse_messages(messages)}},
        )
        return resp["inputTokens"]
