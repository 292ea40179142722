"""Single entry point for tracked text generation.

New code should call ``multi_model_service.generate_response`` instead of talking to
an SDK directly; it picks a model by task and complexity and records usage.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from kb_api.llm.clients import get_async_openai, get_genai, get_mistral
from kb_api.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str


ROUTES: dict[tuple[str, TaskComplexity], Route] = {
    ("chat", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.STANDARD): Route("openai", "gpt-4o"),
    ("summarize", TaskComplexity.SIMPLE): Route("mistral", "mistral-small-latest"),
    ("summarize", TaskComplexity.STANDARD): Route("mistral", "mistral-large-latest"),
    ("translate", TaskComplexity.SIMPLE): Route("google", "gemini-2.0-flash"),
    ("classify", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
}
DEFAULT_ROUTE = Route("openai", "gpt-4o")


class MultiModelService:
    def route(self, task_type: str, complexity: TaskComplexity) -> Route:
        return ROUTES.get((task_type, complexity), DEFAULT_ROUTE)

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        tenant_id: str | None = None,
        max_tokens: int = 800,
    ) -> str:
        route = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=route.provider,
            model=route.model,
            feature_context=task_type,
            tenant_id=tenant_id,
        ) as usage_log:
            if route.provider == "openai":
                messages = [{"role": "user", "content": prompt}]
                if system:
                    messages.insert(0, {"role": "system", "content": system})
                resp = await get_async_openai().chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            if route.provider == "mistral":
                resp = await get_mistral().chat.complete_async(
                    model=route.model,
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""
            if route.provider == "google":
                resp = await get_genai().aio.models.generate_content(model=route.model, contents=prompt)
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
                return resp.text or ""
        raise ValueError(f"unsupported provider {route.provider}")


multi_model_service = MultiModelService()
