"""Routes a prompt to a model by task type and complexity, with usage tracking."""
from __future__ import annotations

import enum
from typing import Dict, Optional, Tuple

from llmkit.container import get_container
from llmkit.tracking.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    MODERATE = "moderate"
    AGENTIC = "agentic"


_ROUTES: Dict[TaskComplexity, Tuple[str, str]] = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.MODERATE: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-latest"),
}


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, max_tokens: int = 1024) -> str:
        provider, model = _ROUTES[complexity]
        container = get_container()
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type) as usage_log:
            if provider == "anthropic":
                kwargs = {"system": system} if system else {}
                msg = await container.async_anthropic.messages.create(
                    model=model, max_tokens=max_tokens,
                    messages=[{"role": "user", "content": prompt}], **kwargs,
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "system", "content": system}] if system else []
            messages.append({"role": "user", "content": prompt})
            resp = await container.async_openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
