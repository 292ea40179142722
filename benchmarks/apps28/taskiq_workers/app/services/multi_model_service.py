"""Tracked entry point for text generation.

Routes a prompt to a provider based on task type and complexity and records usage via
``llm_tracker``. New code should call ``multi_model_service.generate_response``.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from anthropic import AsyncAnthropic
from openai import AsyncOpenAI

from app.config import get_settings
from app.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


@dataclass(frozen=True)
class Route:
    provider: str
    model: str
    max_tokens: int = 1024


ROUTES: dict[tuple[str, TaskComplexity], Route] = {
    ("chat", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini"),
    ("quiz_rating", TaskComplexity.SIMPLE): Route("openai", "gpt-4o-mini", 256),
    ("rubric", TaskComplexity.STANDARD): Route("anthropic", "claude-3-5-haiku-20241022", 2048),
    ("outline", TaskComplexity.STANDARD): Route("anthropic", "claude-3-5-sonnet-20241022", 2048),
    ("field_mapping", TaskComplexity.AGENTIC): Route("anthropic", "claude-3-5-sonnet-20241022", 4096),
}


class MultiModelService:
    def __init__(self) -> None:
        self._openai: AsyncOpenAI | None = None
        self._anthropic: AsyncAnthropic | None = None

    def _clients(self) -> tuple[AsyncOpenAI, AsyncAnthropic]:
        if self._openai is None:
            s = get_settings()
            self._openai = AsyncOpenAI(api_key=s.openai_api_key or None)
            self._anthropic = AsyncAnthropic(api_key=s.anthropic_api_key or None)
        return self._openai, self._anthropic  # type: ignore[return-value]

    def route_for(self, task_type: str, complexity: TaskComplexity) -> Route:
        return ROUTES.get((task_type, complexity), ROUTES[("chat", TaskComplexity.SIMPLE)])

    async def generate_response(
        self,
        prompt: str,
        task_type: str = "chat",
        complexity: TaskComplexity = TaskComplexity.SIMPLE,
        system: str | None = None,
        course_id: str | None = None,
        json_mode: bool = False,
    ) -> str:
        route = self.route_for(task_type, complexity)
        oa, an = self._clients()
        async with llm_tracker.track_llm_call(
            provider=route.provider, model=route.model, feature_context=task_type, course_id=course_id
        ) as usage_log:
            if route.provider == "anthropic":
                msg = await an.messages.create(
                    model=route.model,
                    max_tokens=route.max_tokens,
                    system=system or "You are a helpful teaching assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
            extra = {"response_format": {"type": "json_object"}} if json_mode else {}
            resp = await oa.chat.completions.create(
                model=route.model,
                messages=messages,
                max_tokens=route.max_tokens,
                **extra,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
