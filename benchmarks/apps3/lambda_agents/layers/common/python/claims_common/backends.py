"""Interchangeable text-generation backends behind a small protocol."""
from __future__ import annotations

import logging
from typing import Any, Protocol, runtime_checkable

from google.genai import types as genai_types

from claims_common import aws_clients, llm_clients
from claims_common.config import settings

logger = logging.getLogger(__name__)


@runtime_checkable
class TextModel(Protocol):
    """Anything that turns a system prompt and a user prompt into text."""

    name: str

    def complete(self, system: str, prompt: str, *, max_tokens: int = 1024) -> str:
        ...


class BedrockConverseModel:
    def __init__(self, model_id: str | None = None, client: Any | None = None) -> None:
        self.name = f"bedrock:{model_id or settings.bedrock_summary_model}"
        self._model_id = model_id or settings.bedrock_summary_model
        self._client = client or aws_clients.bedrock_runtime

    def complete(self, system: str, prompt: str, *, max_tokens: int = 1024) -> str:
        resp = self._client.converse(
            modelId=self._model_id,
            system=[{"text": system}],
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": max_tokens, "temperature": 0.2},
        )
        blocks = resp["output"]["message"]["content"]
        return "".join(block.get("text", "") for block in blocks)


class AnthropicBedrockModel:
    def __init__(self, model: str | None = None) -> None:
        self._model = model or settings.bedrock_claude_model
        self.name = f"anthropic-bedrock:{self._model}"
        self._client = llm_clients.anthropic_bedrock

    def complete(self, system: str, prompt: str, *, max_tokens: int = 1024) -> str:
        message = self._client.messages.create(
            model=self._model,
            max_tokens=max_tokens,
            system=system,
            messages=[{"role": "user", "content": prompt}],
        )
        return "".join(block.text for block in message.content if block.type == "text")


class GeminiModel:
    def __init__(self, model: str | None = None) -> None:
        self._model = model or settings.gemini_model
        self.name = f"gemini:{self._model}"

    def complete(self, system: str, prompt: str, *, max_tokens: int = 1024) -> str:
        response = llm_clients.gemini_client.models.generate_content(
            model=self._model,
            contents=prompt,
            config=genai_types.GenerateContentConfig(
                system_instruction=system,
                max_output_tokens=max_tokens,
                temperature=0.3,
            ),
        )
        return response.text or ""


_BACKENDS: dict[str, type] = {
    "bedrock": BedrockConverseModel,
    "anthropic-bedrock": AnthropicBedrockModel,
    "gemini": GeminiModel,
}


def model_for(name: str) -> TextModel:
    """Build the backend registered under ``name``."""
    try:
        backend_cls = _BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown text backend {name!r}; expected one of {sorted(_BACKENDS)}")
    backend = backend_cls()
    logger.debug("using text backend %s", backend.name)
    return backend
