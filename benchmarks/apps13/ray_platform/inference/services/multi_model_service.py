"""The tracked path for text generation.

Callers describe *what* they need (task type, complexity); this service picks the
vendor/model and records usage. Keep vendor specifics in here rather than in callers.
"""
import enum
import logging
from typing import Dict, List, Optional

from inference import clients
from inference.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, tuple] = {
    TaskComplexity.SIMPLE: ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"),
    TaskComplexity.STANDARD: ("mistral", "mistral-large-latest"),
    TaskComplexity.AGENTIC: ("fireworks", "accounts/fireworks/models/deepseek-v3"),
}


class MultiModelService:
    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        team: Optional[str] = None,
        max_tokens: int = 1024,
    ) -> str:
        provider, model = _ROUTES[complexity]
        messages: List[dict] = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})

        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, team=team
        ) as usage_log:
            if provider == "together":
                resp = await clients.get_async_together().chat.completions.create(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            if provider == "mistral":
                resp = await clients.get_mistral().chat.complete_async(
                    model=model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            resp = await clients.get_async_fireworks().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
