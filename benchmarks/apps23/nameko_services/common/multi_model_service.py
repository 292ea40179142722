"""The tracked way to call a model.

    from common.multi_model_service import multi_model_service, TaskComplexity
    text = await multi_model_service.generate_response(prompt=..., task_type="chat")

Nameko workers are eventlet green threads, so from service code use
``common.async_bridge.run_sync(multi_model_service.generate_response(...))``.
"""
import enum
import logging
from typing import Dict, List, Optional

import litellm

from common.llm_tracking import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


MODEL_MATRIX: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "gpt-4o-mini",
    TaskComplexity.MODERATE: "anthropic/claude-3-5-haiku-20241022",
    TaskComplexity.AGENTIC: "anthropic/claude-3-5-sonnet-20241022",
}

TASK_OVERRIDES = {
    "embedding": "text-embedding-3-small",
    "research": "perplexity/sonar-pro",
    "coding": "deepseek/deepseek-chat",
}


class MultiModelService:
    def __init__(self, default_temperature: float = 0.2):
        self.default_temperature = default_temperature

    def pick_model(self, task_type: str, complexity: TaskComplexity) -> str:
        return TASK_OVERRIDES.get(task_type) or MODEL_MATRIX[complexity]

    @staticmethod
    def _provider_of(model: str) -> str:
        return model.split("/", 1)[0] if "/" in model else "openai"

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        claim_id: Optional[str] = None,
        max_tokens: int = 1024,
        json_mode: bool = False,
    ) -> str:
        model = self.pick_model(task_type, complexity)
        messages: List[Dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        extra = {"response_format": {"type": "json_object"}} if json_mode else {}

        async with llm_tracker.track_llm_call(
            provider=self._provider_of(model),
            model=model,
            feature_context=task_type,
            claim_id=claim_id,
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                temperature=self.default_temperature,
                max_tokens=max_tokens,
                **extra,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""

    async def embed(self, texts: List[str], claim_id: Optional[str] = None) -> List[List[float]]:
        model = TASK_OVERRIDES["embedding"]
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="embedding", claim_id=claim_id
        ) as usage_log:
            response = await litellm.aembedding(model=model, input=texts)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = 0
        return [item["embedding"] for item in response.data]


multi_model_service = MultiModelService()
