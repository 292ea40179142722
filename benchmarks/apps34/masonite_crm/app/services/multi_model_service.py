"""Single entry point for LLM calls with routing and usage tracking.

New features should call ``multi_model_service.generate_response``; it picks
a model by task complexity and records token usage.
"""
import enum
import logging
from typing import Optional

from masonite.configuration import config

from app.services.ai.clients import get_async_anthropic, get_async_openai, get_mistral
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("anthropic", "claude-3-5-haiku-latest"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    def __init__(self):
        self._overrides = {}

    def override(self, task_type: str, provider: str, model: str):
        self._overrides[task_type] = (provider, model)

    def _route(self, task_type, complexity):
        if task_type in self._overrides:
            return self._overrides[task_type]
        if task_type == "transcript":
            return ("mistral", config("ai.mistral.analysis_model"))
        return ROUTES[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: Optional[str] = None,
        max_tokens: int = 1024,
        user_id: Optional[int] = None,
    ) -> str:
        provider, model = self._route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, user_id=user_id
        ) as usage_log:
            if provider == "anthropic":
                response = await get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = response.usage.input_tokens
                usage_log.output_tokens = response.usage.output_tokens
                return "".join(b.text for b in response.content if b.type == "text")

            if provider == "mistral":
                response = await get_mistral().chat.complete_async(
                    model=model,
                    messages=[
                        {"role": "system", "content": system or ""},
                        {"role": "user", "content": prompt},
                    ],
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = response.usage.prompt_tokens
                usage_log.output_tokens = response.usage.completion_tokens
                return response.choices[0].message.content

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            response = await get_async_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
            return response.choices[0].message.content


multi_model_service = MultiModelService()


async def embed_texts(texts, feature_context="embeddings", user_id=None):
    """Tracked embeddings; prefer this over EmbeddingService for new code."""
    model = config("ai.openai.embedding_model", "text-embedding-3-small")
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context=feature_context, user_id=user_id
    ) as usage_log:
        response = await get_async_openai().embeddings.create(model=model, input=texts)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = 0
    return [item.embedding for item in response.data]
