"""Model routing + tracking. New code should call ``generate_response``."""
import asyncio
import enum
import logging

from chalicelib.clients import get_openai_client
from chalicelib.config import settings
from chalicelib.providers import get_provider
from chalicelib.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


# (provider, model) per complexity; model None => provider default
ROUTES = {
    TaskComplexity.SIMPLE: ("bedrock", settings.fast_bedrock_model),
    TaskComplexity.STANDARD: ("bedrock", settings.default_bedrock_model),
    TaskComplexity.AGENTIC: ("anthropic", None),
}

TASK_OVERRIDES = {
    "web_answer": ("perplexity", None),
    "bulk_classify": ("together", None),
}


class MultiModelService:
    def __init__(self, routes=None):
        self.routes = dict(routes or ROUTES)

    def _route(self, task_type: str, complexity: TaskComplexity):
        if task_type in TASK_OVERRIDES:
            return TASK_OVERRIDES[task_type]
        return self.routes[complexity]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        history: list[dict] | None = None,
        max_tokens: int | None = None,
    ) -> dict:
        provider_name, model = self._route(task_type, complexity)
        provider = get_provider(provider_name)
        model = model or provider.default_model
        messages = [*(history or []), {"role": "user", "content": prompt}]
        async with llm_tracker.track_llm_call(
            provider=provider_name, model=model, feature_context=task_type
        ) as usage_log:
            result = await asyncio.to_thread(
                provider.complete,
                messages,
                model=model,
                system=system,
                max_tokens=max_tokens or settings.max_tokens,
            )
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return result.to_dict()

    async def embed(self, texts: list[str], feature_context: str = "embeddings") -> list[list[float]]:
        client = get_openai_client()
        async with llm_tracker.track_llm_call(
            provider="openai", model=settings.embedding_model, feature_context=feature_context
        ) as usage_log:
            resp = await asyncio.to_thread(
                client.embeddings.create, model=settings.embedding_model, input=texts
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
        return [d.embedding for d in resp.data]


multi_model_service = MultiModelService()
