"""Tracked entry point for text generation.

New automations should call ``await multi_model_service.generate_response(prompt=..., task_type=...)``
instead of touching the SDK clients. Every call is recorded by llm_tracker.
"""
import asyncio
import enum

from ai.clients import DEFAULT_MODELS, get_async_anthropic, get_async_openai, get_genai
from llm_usage_tracker import llm_tracker


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("openai", "gpt-4o-mini"),
    ("summary", TaskComplexity.SIMPLE): ("google", "gemini-2.0-flash"),
    ("briefing", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-latest"),
    ("chat", TaskComplexity.AGENTIC): ("anthropic", "claude-sonnet-4-20250514"),
}


class MultiModelService:
    def __init__(self):
        self.default_provider = "openai"

    def route(self, task_type, complexity):
        return _ROUTES.get((task_type, complexity), (self.default_provider, DEFAULT_MODELS["openai"]))

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=400):
        provider, model = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=task_type) as usage_log:
            if provider == "anthropic":
                msg = await get_async_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return msg.content[0].text
            if provider == "google":
                resp = await get_genai().aio.models.generate_content(model=model, contents=prompt)
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return resp.text
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = await get_async_openai().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content

    def generate_response_sync(self, prompt, **kwargs):
        """For scripts/ that are not running inside HA."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
