"""The sanctioned way to talk to a model from product code.

Every request made here runs inside ``llm_tracker.track_llm_call`` so costs
land in LLMUsageLog. New code should call ``multi_model_service.generate_response``.
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from django.apps import apps

from core.llm import get_genai_client
from core.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger("homestead.llm")


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass
class ModelRoute:
    provider: str
    model: str


ROUTES: dict[tuple[str, TaskComplexity], ModelRoute] = {
    ("chat", TaskComplexity.SIMPLE): ModelRoute("openai", "gpt-4o-mini"),
    ("chat", TaskComplexity.STANDARD): ModelRoute("anthropic", "claude-3-5-haiku-latest"),
    ("chat", TaskComplexity.AGENTIC): ModelRoute("anthropic", "claude-sonnet-4-20250514"),
    ("listing_copy", TaskComplexity.SIMPLE): ModelRoute("openai", "gpt-4o-mini"),
    ("listing_copy", TaskComplexity.STANDARD): ModelRoute("openai", "gpt-4.1-mini"),
    ("translation", TaskComplexity.SIMPLE): ModelRoute("google", "gemini-2.0-flash"),
    ("search_explain", TaskComplexity.SIMPLE): ModelRoute("google", "gemini-2.0-flash"),
}


class MultiModelService:
    def route_for(self, task_type: str, complexity: TaskComplexity) -> ModelRoute:
        return ROUTES.get((task_type, complexity)) or ROUTES[("chat", complexity)]

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        *,
        system: str | None = None,
        max_tokens: int = 800,
        user_id: int | None = None,
    ) -> str:
        route = self.route_for(task_type, complexity)
        core = apps.get_app_config("core")

        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type, user_id=user_id
        ) as usage_log:
            if route.provider == "openai":
                messages = [{"role": "system", "content": system}] if system else []
                messages.append({"role": "user", "content": prompt})
                resp = await core.async_openai.chat.completions.create(
                    model=route.model, messages=messages, max_tokens=max_tokens
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content or ""

            if route.provider == "anthropic":
                kwargs = {"system": system} if system else {}
                msg = await core.async_anthropic.messages.create(
                    model=route.model,
                    max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}],
                    **kwargs,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            if route.provider == "google":
                resp = await get_genai_client().aio.models.generate_content(
                    model=route.model,
                    contents=prompt,
                    config={"system_instruction": system, "max_output_tokens": max_tokens},
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
                return resp.text or ""

        raise ValueError(f"unsupported provider {route.provider}")


multi_model_service = MultiModelService()
