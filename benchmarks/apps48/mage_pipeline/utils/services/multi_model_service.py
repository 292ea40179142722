"""Thin routing layer: picks a model by task complexity and tracks usage."""
import enum
import logging
from typing import Any, Dict, List, Optional

import litellm

from mage_pipeline.utils.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = 'simple'
    MODERATE = 'moderate'
    AGENTIC = 'agentic'


_ROUTES: Dict[TaskComplexity, str] = {
    TaskComplexity.SIMPLE: 'gpt-4o-mini',
    TaskComplexity.MODERATE: 'anthropic/claude-3-5-haiku-20241022',
    TaskComplexity.AGENTIC: 'anthropic/claude-3-5-sonnet-20241022',
}


class MultiModelService:
    def __init__(self, routes: Optional[Dict[TaskComplexity, str]] = None):
        self.routes = dict(routes or _ROUTES)

    def model_for(self, complexity: TaskComplexity) -> str:
        return self.routes.get(complexity, self.routes[TaskComplexity.SIMPLE])

    async def generate_response(
        self,
        prompt: str,
        task_type: str = 'chat',
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        response_format: Optional[Dict[str, Any]] = None,
        temperature: float = 0.0,
    ) -> str:
        model = self.model_for(complexity)
        messages: List[Dict[str, str]] = []
        if system:
            messages.append({'role': 'system', 'content': system})
        messages.append({'role': 'user', 'content': prompt})
        provider = model.split('/', 1)[0] if '/' in model else 'openai'
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            response = await litellm.acompletion(
                model=model,
                messages=messages,
                temperature=temperature,
                response_format=response_format,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content or ''


multi_model_service = MultiModelService()
