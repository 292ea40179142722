"""Tracked entry point for LLM generation.

``multi_model_service.generate_response`` picks a provider/model from the task
type and complexity and records usage through ``llm_tracker``.
"""
from __future__ import annotations

import enum
import logging
import os
from dataclasses import dataclass

from anthropic import AsyncAnthropicBedrock
from openai import AsyncAzureOpenAI

from docai_models.config import DEFAULT_AZURE_API_VERSION
from docai_models.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelChoice:
    provider: str
    model: str


ROUTING = {
    TaskComplexity.SIMPLE: ModelChoice("azure_openai", os.environ.get("DOCAI_SIMPLE_DEPLOYMENT", "gpt-4o-mini")),
    TaskComplexity.STANDARD: ModelChoice("azure_openai", os.environ.get("DOCAI_STANDARD_DEPLOYMENT", "gpt-4o")),
    TaskComplexity.AGENTIC: ModelChoice("anthropic", "anthropic.claude-3-5-sonnet-20241022-v2:0"),
}


class MultiModelService:
    def __init__(self):
        self._azure: AsyncAzureOpenAI | None = None
        self._bedrock: AsyncAnthropicBedrock | None = None

    @property
    def azure(self) -> AsyncAzureOpenAI:
        if self._azure is None:
            self._azure = AsyncAzureOpenAI(
                azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
                api_key=os.environ.get("AZURE_OPENAI_API_KEY"),
                api_version=DEFAULT_AZURE_API_VERSION,
            )
        return self._azure

    @property
    def bedrock(self) -> AsyncAnthropicBedrock:
        if self._bedrock is None:
            self._bedrock = AsyncAnthropicBedrock(aws_region=os.environ.get("AWS_REGION", "us-east-1"))
        return self._bedrock

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        max_tokens: int = 1024,
        temperature: float = 0.0,
        response_format: dict | None = None,
    ) -> str:
        choice = ROUTING[complexity]
        async with llm_tracker.track_llm_call(
            provider=choice.provider, model=choice.model, feature_context=task_type
        ) as usage_log:
            if choice.provider == "anthropic":
                resp = await self.bedrock.messages.create(
                    model=choice.model,
                    max_tokens=max_tokens,
                    temperature=temperature,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            kwargs = {"response_format": response_format} if response_format else {}
            resp = await self.azure.chat.completions.create(
                model=choice.model,
                messages=messages,
                max_tokens=max_tokens,
                temperature=temperature,
                **kwargs,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
