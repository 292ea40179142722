"""
Chat backends behind a common interface so a tenant can be moved between
Azure OpenAI and Bedrock without touching feature code.

NOTE: new features should go through services.multi_model_service; this
module predates it and is still used by support + assistant. Migration
tracked in HLX-1182.
"""
import logging
from dataclasses import dataclass
from typing import Iterator, List, Optional

from django.conf import settings

from common.exceptions import AIServiceError

from .clients import deployment, get_azure_openai_client, get_bedrock_runtime

logger = logging.getLogger(__name__)


@dataclass
class ChatResult:
    text: str
    model: str
    input_tokens: int
    output_tokens: int
    finish_reason: Optional[str] = None


class ChatBackend:
    name = "base"

    def complete(self, messages: List[dict], *, system: str = None, max_tokens: int = 800,
                 temperature: float = 0.3) -> ChatResult:
        raise NotImplementedError

    def stream(self, messages: List[dict], *, system: str = None, max_tokens: int = 800) -> Iterator[str]:
        raise NotImplementedError


class AzureChatBackend(ChatBackend):
    name = "azure"

    def __init__(self, deployment_key="chat"):
        self._client = get_azure_openai_client()
        self._deployment = deployment(deployment_key)

    @staticmethod
    def _with_system(messages, system):
        if not system:
            return list(messages)
        return [{"role": "system", "content": system}, *messages]

    def complete(self, messages, *, system=None, max_tokens=800, temperature=0.3):
        try:
            resp = self._client.chat.completions.create(
                model=self._deployment,
                messages=self._with_system(messages, system),
                max_tokens=max_tokens,
                temperature=temperature,
            )
        except Exception as exc:  # openai raises a zoo of error types
            raise AIServiceError(str(exc), provider=self.name) from exc
        choice = resp.choices[0]
        return ChatResult(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            finish_reason=choice.finish_reason,
        )

    def stream(self, messages, *, system=None, max_tokens=800):
        chunks = self._client.chat.completions.create(
            model=self._deployment,
            messages=self._with_system(messages, system),
            max_tokens=max_tokens,
            stream=True,
        )
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


class BedrockChatBackend(ChatBackend):
    name = "bedrock"

    def __init__(self, model_key="claude"):
        self._runtime = get_bedrock_runtime()
        self._model_id = settings.BEDROCK_MODELS[model_key]

    @staticmethod
    def _to_converse(messages):
        return [{"role": m["role"], "content": [{"text": m["content"]}]} for m in messages if m["role"] != "system"]

    def complete(self, messages, *, system=None, max_tokens=800, temperature=0.3):
        kwargs = {}
        if system:
            kwargs["system"] = [{"text": system}]
        try:
            resp = self._runtime.converse(
                modelId=self._model_id,
                messages=self._to_converse(messages),
                inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
                **kwargs,
            )
        except self._runtime.exceptions.ThrottlingException as exc:
            raise AIServiceError("bedrock throttled", provider=self.name, retryable=True) from exc
        content = resp["output"]["message"]["content"]
        return ChatResult(
            text="".join(part.get("text", "") for part in content),
            model=self._model_id,
            input_tokens=resp["usage"]["inputTokens"],
            output_tokens=resp["usage"]["outputTokens"],
            finish_reason=resp.get("stopReason"),
        )

    def stream(self, messages, *, system=None, max_tokens=800):
        resp = self._runtime.converse_stream(
            modelId=self._model_id,
            messages=self._to_converse(messages),
            system=[{"text": system}] if system else [],
            inferenceConfig={"maxTokens": max_tokens},
        )
        for event in resp["stream"]:
            delta = event.get("contentBlockDelta", {}).get("delta", {})
            if "text" in delta:
                yield delta["text"]


_BACKENDS = {
    "azure": AzureChatBackend,
    "bedrock": BedrockChatBackend,
}


def get_backend(tenant=None, **kwargs) -> ChatBackend:
    name = getattr(tenant, "chat_provider", None) or "azure"
    try:
        return _BACKENDS[name](**kwargs)
    except KeyError:
        logger.error("unknown chat provider %s, using azure", name)
        return AzureChatBackend(**kwargs)
