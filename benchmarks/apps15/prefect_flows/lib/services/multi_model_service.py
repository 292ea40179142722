"""Single entry point for LLM requests with automatic usage tracking.

Routes by task type / complexity to a model and records tokens through ``llm_tracker``.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import litellm

from lib.services.llm_usage_tracker import llm_tracker
from lib.settings import settings


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: settings.litellm_fast_model,
    TaskComplexity.STANDARD: "mistral/mistral-small-latest",
    TaskComplexity.AGENTIC: "gemini/gemini-2.5-pro",
}


@dataclass
class ModelResponse:
    text: str
    model: str
    input_tokens: int
    output_tokens: int
    raw: Any = None


class MultiModelService:
    async def generate_response(self, prompt: str, *, task_type: str,
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, temperature: float = 0.2,
                                max_tokens: int = 1024, json_mode: bool = False) -> ModelResponse:
        model = _ROUTES[complexity]
        messages: List[Dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        extra: Dict[str, Any] = {"response_format": {"type": "json_object"}} if json_mode else {}
        async with llm_tracker.track_llm_call(
            provider=model.split("/", 1)[0], model=model, feature_context=task_type
        ) as usage_log:
            resp = await litellm.acompletion(
                model=model, messages=messages, temperature=temperature, max_tokens=max_tokens, **extra
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return ModelResponse(
            text=resp.choices[0].message.content or "",
            model=model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )


multi_model_service = MultiModelService()
