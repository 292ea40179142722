"""Provider-agnostic, tracked text generation.

New features should call ``multi_model_service.generate_response`` instead of talking to an
SDK.  The service picks a provider/model from the complexity and the clients the user has
configured, and records usage through ``llm_tracker``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
import logging
from typing import Any

from .const import PROVIDER_ANTHROPIC, PROVIDER_GOOGLE, PROVIDER_OLLAMA, PROVIDER_OPENAI
from .llm_usage_tracker import llm_tracker

_LOGGER = logging.getLogger(__name__)


class TaskComplexity(StrEnum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


MODEL_MATRIX: dict[str, dict[TaskComplexity, str]] = {
    PROVIDER_OPENAI: {
        TaskComplexity.SIMPLE: "gpt-4.1-nano",
        TaskComplexity.STANDARD: "gpt-4.1-mini",
        TaskComplexity.AGENTIC: "gpt-4.1",
    },
    PROVIDER_ANTHROPIC: {
        TaskComplexity.SIMPLE: "claude-3-5-haiku-latest",
        TaskComplexity.STANDARD: "claude-sonnet-4-0",
        TaskComplexity.AGENTIC: "claude-sonnet-4-0",
    },
    PROVIDER_GOOGLE: {
        TaskComplexity.SIMPLE: "gemini-2.5-flash-lite",
        TaskComplexity.STANDARD: "gemini-2.5-flash",
        TaskComplexity.AGENTIC: "gemini-2.5-pro",
    },
    PROVIDER_OLLAMA: {
        TaskComplexity.SIMPLE: "llama3.2:3b",
        TaskComplexity.STANDARD: "qwen2.5:7b",
        TaskComplexity.AGENTIC: "qwen2.5:14b",
    },
}


@dataclass
class GeneratedResponse:
    text: str
    provider: str
    model: str
    input_tokens: int
    output_tokens: int


class MultiModelService:
    """Routes prompts to whichever provider is configured."""

    def __init__(self) -> None:
        self._clients: dict[str, Any] = {}
        self._preferred: list[str] = [PROVIDER_OPENAI, PROVIDER_ANTHROPIC, PROVIDER_GOOGLE, PROVIDER_OLLAMA]

    def register_client(self, provider: str, client: Any) -> None:
        self._clients[provider] = client

    def unregister_client(self, provider: str) -> None:
        self._clients.pop(provider, None)

    def _pick(self, provider: str | None) -> str:
        if provider and provider in self._clients:
            return provider
        for candidate in self._preferred:
            if candidate in self._clients:
                return candidate
        raise RuntimeError("No LLM provider configured for multi_model_service")

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system_prompt: str | None = None,
        provider: str | None = None,
        max_tokens: int = 1024,
    ) -> GeneratedResponse:
        provider = self._pick(provider)
        model = MODEL_MATRIX[provider][complexity]
        client = self._clients[provider]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == PROVIDER_OPENAI:
                resp = await client.responses.create(
                    model=model,
                    instructions=system_prompt,
                    input=prompt,
                    max_output_tokens=max_tokens,
                )
                text = resp.output_text
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
            elif provider == PROVIDER_ANTHROPIC:
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system_prompt or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                text = "".join(block.text for block in msg.content if block.type == "text")
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            elif provider == PROVIDER_GOOGLE:
                resp = await client.aio.models.generate_content(
                    model=model,
                    contents=prompt,
                    config={"system_instruction": system_prompt, "max_output_tokens": max_tokens},
                )
                text = resp.text or ""
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
            else:
                messages = [{"role": "user", "content": prompt}]
                if system_prompt:
                    messages.insert(0, {"role": "system", "content": system_prompt})
                resp = await client.chat(model=model, messages=messages, options={"num_predict": max_tokens})
                text = resp.message.content or ""
                usage_log.input_tokens = resp.prompt_eval_count or 0
                usage_log.output_tokens = resp.eval_count or 0

        return GeneratedResponse(
            text=text,
            provider=provider,
            model=model,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
        )


multi_model_service = MultiModelService()
