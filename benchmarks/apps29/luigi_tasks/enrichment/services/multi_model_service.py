"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response`` rather than
touching SDK clients; it picks a model by complexity and records usage.
"""
import asyncio
import enum

from enrichment.config import DEFAULT_MODELS
from enrichment.llm.cached import get_anthropic, get_openai
from enrichment.services.llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", DEFAULT_MODELS["anthropic"]),
}


class MultiModelService:
    def __init__(self, routes=None):
        self._routes = dict(routes or _ROUTES)

    def route(self, complexity):
        return self._routes[complexity]

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=800):
        provider, model = self.route(complexity)
        async with llm_tracker.track_llm_call(provider=provider, model=model, feature_context=task_type) as usage_log:
            if provider == "anthropic":
                msg = await asyncio.to_thread(
                    get_anthropic().messages.create,
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful publishing assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await asyncio.to_thread(
                get_openai().chat.completions.create, model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content

    def generate_response_sync(self, prompt, **kwargs):
        """Luigi's run() is synchronous; most tasks call this."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
