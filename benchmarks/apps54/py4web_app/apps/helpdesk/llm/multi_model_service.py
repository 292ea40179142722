"""Tracked entry point for LLM calls.

New code should call ``multi_model_service.generate_response(...)``; it picks
a provider from the task type / complexity and records usage through
``llm_tracker``.
"""
import asyncio
import enum
import logging

from .. import settings
from . import clients
from .tracking import llm_tracker

log = logging.getLogger("helpdesk.llm.mms")


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("openai", settings.OPENAI_MODEL),
    ("chat", TaskComplexity.STANDARD): ("anthropic", settings.ANTHROPIC_FAST_MODEL),
    ("draft_reply", TaskComplexity.STANDARD): ("anthropic", settings.ANTHROPIC_MODEL),
    ("summary", TaskComplexity.SIMPLE): ("openai", settings.OPENAI_SUMMARY_MODEL),
    ("classify", TaskComplexity.SIMPLE): ("openai", settings.OPENAI_MODEL),
    ("translate", TaskComplexity.SIMPLE): ("gemini", settings.GEMINI_MODEL),
}


class MultiModelService:
    def __init__(self, routes=None):
        self.routes = dict(routes or _ROUTES)

    def route(self, task_type, complexity):
        return self.routes.get((task_type, complexity)) or (
            "anthropic",
            settings.ANTHROPIC_MODEL,
        )

    async def generate_response(
        self,
        prompt,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=None,
        max_tokens=1024,
        user_id=None,
    ):
        provider, model = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, user_id=user_id
        ) as usage_log:
            if provider == "anthropic":
                client = clients.get_async_anthropic()
                msg = await client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful IT help-desk assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return "".join(b.text for b in msg.content if b.type == "text")
            if provider == "gemini":
                client = clients.get_genai()
                resp = await client.aio.models.generate_content(
                    model=model,
                    contents=prompt,
                )
                usage_log.input_tokens = resp.usage_metadata.prompt_token_count
                usage_log.output_tokens = resp.usage_metadata.candidates_token_count
                return resp.text
            client = clients.get_async_openai()
            messages = []
            if system:
                messages.append({"role": "system", "content": system})
            messages.append({"role": "user", "content": prompt})
            resp = await client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content

    def generate_response_sync(self, prompt, **kwargs):
        """py4web actions are sync; run the coroutine on a private loop."""
        return asyncio.run(self.generate_response(prompt, **kwargs))


multi_model_service = MultiModelService()
