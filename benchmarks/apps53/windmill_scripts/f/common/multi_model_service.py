"""Routing + tracking wrapper. New scripts should call ``generate_response``.

Picks a provider by task type / complexity and records usage through
``llm_tracker`` so every call shows up on the FinOps dashboard.
"""
import enum
from typing import Optional

from f.common import llm
from f.common.llm_usage_tracker import llm_tracker


class TaskComplexity(str, enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("groq", llm.DEFAULT_GROQ_MODEL),
    TaskComplexity.STANDARD: ("openai", llm.DEFAULT_OPENAI_MODEL),
    TaskComplexity.AGENTIC: ("anthropic", llm.DEFAULT_ANTHROPIC_MODEL),
}


class MultiModelService:
    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.SIMPLE,
                                system: Optional[str] = None, max_tokens: int = 1024) -> str:
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                client = llm.get_async_anthropic()
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return llm.first_text(msg)

            client = llm.client_for(provider)
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content or ""


multi_model_service = MultiModelService()
