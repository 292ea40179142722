"""The tracked path (on the default skip list: its direct call is the point)."""
import enum

import litellm

from app.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str, complexity: TaskComplexity) -> str:
        model = "gpt-4o-mini" if complexity is TaskComplexity.SIMPLE else "gpt-4o"
        async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context=task_type) as usage_log:
            response = await litellm.acompletion(model=model, messages=[{"role": "user", "content": prompt}])
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content


multi_model_service = MultiModelService()
