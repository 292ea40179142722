"""Predictors for internal product teams: these are billed back per tenant,
so they go through the platform's tracked path."""
from __future__ import annotations

from typing import Dict

from kserve_predictors.base import HostedLLMModel
from serving_common import get_anthropic_client, get_openai_client, settings
from serving_common.usage import TaskComplexity, llm_tracker, multi_model_service


class TenantChatPredictor(HostedLLMModel):
    provider = "multi_model"

    def load(self) -> bool:
        self.ready = True
        return True

    async def predict(self, payload, headers: Dict[str, str] = None):
        params = self.params(payload)
        complexity = TaskComplexity.AGENTIC if params.get("agentic") else TaskComplexity.SIMPLE
        answers = []
        for prompt in self.extract_prompts(payload):
            response = await multi_model_service.generate_response(
                prompt=prompt,
                task_type=params.get("task_type", "chat"),
                complexity=complexity,
            )
            answers.append(response)
        return self.wrap(answers, payload)


class TrackedClaudePredictor(HostedLLMModel):
    """Needs Claude-specific params, so it can't use generate_response; wraps the call instead."""

    provider = "anthropic"

    def load(self) -> bool:
        self.client = get_anthropic_client()
        self.model = self.model or settings.claude_model
        self.ready = True
        return True

    async def predict(self, payload, headers: Dict[str, str] = None):
        tenant = (headers or {}).get(settings.tenant_header, "unknown")
        out = []
        for convo in self.extract_messages(payload):
            async with llm_tracker.track_llm_call(
                provider="anthropic",
                model=self.model,
                feature_context=f"kserve:{self.name}:{tenant}",
            ) as usage_log:
                msg = self.client.messages.create(model=self.model, max_tokens=2048, messages=convo)
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
            out.append(msg.content[0].text)
        return self.wrap(out, payload)


class TrackedEmbeddingPredictor(HostedLLMModel):
    provider = "openai"

    def load(self) -> bool:
        self.client = get_openai_client()
        self.ready = True
        return True

    async def predict(self, payload, headers: Dict[str, str] = None):
        texts = self.extract_prompts(payload)
        async with llm_tracker.track_llm_call(
            provider="openai", model=settings.default_embed_model, feature_context="kserve:embeddings"
        ) as usage_log:
            resp = self.client.embeddings.create(model=settings.default_embed_model, input=texts)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = 0
        return self.wrap([d.embedding for d in resp.data], payload)
