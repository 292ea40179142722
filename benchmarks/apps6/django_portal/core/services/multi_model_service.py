"""Single entry point for model requests, with usage tracking built in."""
import enum
import logging

from django.conf import settings

from core.llm.factory import get_async_anthropic_client
from core.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    def _model_for(self, complexity: TaskComplexity) -> str:
        if complexity is TaskComplexity.AGENTIC:
            return settings.ANTHROPIC_MODEL
        return settings.ANTHROPIC_FAST_MODEL

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=1024):
        model = self._model_for(complexity)
        client = get_async_anthropic_client()
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=model, feature_context=task_type
        ) as usage_log:
            kwargs = {"system": system} if system else {}
            message = await client.messages.create(
                model=model,
                max_tokens=max_tokens,
                messages=[{"role": "user", "content": prompt}],
                **kwargs,
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return "".join(block.text for block in message.content if block.type == "text")


multi_model_service = MultiModelService()
