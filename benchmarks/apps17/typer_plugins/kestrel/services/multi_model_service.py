"""Tracked entry point for model calls. New code should go through here."""
from __future__ import annotations

from enum import Enum
from typing import Dict, Optional

import litellm

from kestrel.config import get_settings
from kestrel.services.llm_usage_tracker import llm_tracker


class TaskComplexity(str, Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_MODELS: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
    TaskComplexity.AGENTIC: "together_ai/deepseek-ai/DeepSeek-V3",
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system_prompt: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        model = _MODELS[complexity]
        messages = []
        if system_prompt:
            messages.append({"role": "system", "content": system_prompt})
        messages.append({"role": "user", "content": prompt})
        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0], model=model, feature_context=task_type
        ) as usage_log:
            resp = await litellm.acompletion(
                model=model,
                messages=messages,
                max_tokens=max_tokens,
                timeout=get_settings().providers.request_timeout,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
