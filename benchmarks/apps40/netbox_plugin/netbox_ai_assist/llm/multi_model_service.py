"""The tracked entry point for LLM calls.

    response = await multi_model_service.generate_response(
        prompt="...", task_type="summary", complexity=TaskComplexity.SIMPLE,
    )
"""
from __future__ import annotations

import enum
import json

from netbox.plugins import get_plugin_config

from . import clients
from .tracking import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: "openai",
    TaskComplexity.STANDARD: "anthropic",
    TaskComplexity.AGENTIC: "anthropic",
}


class MultiModelService:
    def __init__(self):
        self.max_tokens = get_plugin_config("netbox_ai_assist", "max_output_tokens") or 1024

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        provider: str | None = None,
    ) -> str:
        provider = provider or _ROUTES[complexity]
        if provider == "anthropic":
            return await self._anthropic(prompt, system, task_type)
        if provider == "bedrock":
            return await self._bedrock(prompt, system, task_type)
        return await self._openai_compatible(provider, prompt, system, task_type)

    async def _openai_compatible(self, provider, prompt, system, task_type):
        client = clients.get_chat_client(provider)
        model = clients.chat_model_for(provider)
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = client.chat.completions.create(
                model=model, messages=messages, max_tokens=self.max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    async def _anthropic(self, prompt, system, task_type):
        client = clients.get_async_anthropic_client()
        model = get_plugin_config("netbox_ai_assist", "anthropic_model")
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=task_type
        ) as usage_log:
            message = await client.messages.create(
                model=model,
                max_tokens=self.max_tokens,
                system=system or "",
                messages=[{"role": "user", "content": prompt}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(block.text for block in message.content if block.type == "text")

    async def _bedrock(self, prompt, system, task_type):
        runtime = clients.get_bedrock_runtime()
        model_id = get_plugin_config("netbox_ai_assist", "bedrock_model_id")
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=model_id, feature_context=task_type
        ) as usage_log:
            result = runtime.converse(
                modelId=model_id,
                system=[{"text": system}] if system else [],
                messages=[{"role": "user", "content": [{"text": prompt}]}],
                inferenceConfig={"maxTokens": self.max_tokens},
            )
            usage_log.input_tokens = result["usage"]["inputTokens"]
            usage_log.output_tokens = result["usage"]["outputTokens"]
        return result["output"]["message"]["content"][0]["text"]

    def describe(self) -> str:
        return json.dumps({k.value: v for k, v in _ROUTES.items()})


multi_model_service = MultiModelService()
