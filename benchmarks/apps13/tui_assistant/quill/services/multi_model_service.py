"""The tracked way to ask a model something.

``generate_response`` picks a model for the task (unless one is given), sends the
prompt through litellm inside ``llm_tracker.track_llm_call`` and returns the text.
"""

from __future__ import annotations

import enum
import logging
from typing import Dict, List, Optional

from quill.config import get_settings
from quill.llm import litellm
from quill.models.registry import get_model_settings
from quill.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_LITELLM_PREFIX = {
    "anthropic": "anthropic/",
    "deepseek": "deepseek/",
    "gemini": "gemini/",
    "groq": "groq/",
    "ollama": "ollama_chat/",
    "openai": "",
    "litellm": "",
}


class MultiModelService:
    def _pick_model(self, complexity: TaskComplexity) -> str:
        settings = get_settings()
        if complexity is TaskComplexity.SIMPLE and settings.weak_model:
            return settings.weak_model
        if complexity is TaskComplexity.SIMPLE:
            weak = get_model_settings(settings.model).weak_model_name
            if weak:
                return weak
        return settings.model

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        model: Optional[str] = None,
        system: Optional[str] = None,
        max_tokens: Optional[int] = None,
    ) -> str:
        name = model or self._pick_model(complexity)
        ms = get_model_settings(name)
        messages: List[Dict[str, str]] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=ms.provider, model=ms.name, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=_LITELLM_PREFIX.get(ms.provider, "") + ms.name,
                messages=messages,
                max_tokens=max_tokens or ms.max_output_tokens,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ""


multi_model_service = MultiModelService()
