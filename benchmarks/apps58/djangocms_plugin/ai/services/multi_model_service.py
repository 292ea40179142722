"""Routing layer: pick a model by task/complexity and track every request."""
import enum
import logging

from django.conf import settings

from ai.clients import get_anthropic, get_deepseek, get_mistral
from ai.services.llm_usage_tracker import llm_tracker

logger = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


ROUTES = {
    ("seo", TaskComplexity.SIMPLE): ("deepseek", "deepseek-chat"),
    ("summary", TaskComplexity.SIMPLE): ("anthropic", "claude-3-5-haiku-latest"),
    ("summary", TaskComplexity.STANDARD): ("anthropic", "claude-sonnet-4-20250514"),
    ("translation", TaskComplexity.STANDARD): ("mistral", "mistral-large-latest"),
    ("chat", TaskComplexity.SIMPLE): ("deepseek", "deepseek-chat"),
}


class MultiModelService:
    def __init__(self, routes=None):
        self.routes = routes or ROUTES

    def _route(self, task_type, complexity):
        return self.routes.get((task_type, complexity)) or self.routes[("chat", TaskComplexity.SIMPLE)]

    async def generate_response(self, prompt, task_type="chat", complexity=TaskComplexity.SIMPLE,
                                system=None, max_tokens=None, feature_context=None):
        provider, model = self._route(task_type, complexity)
        max_tokens = max_tokens or settings.AI_SUMMARY_MAX_TOKENS
        context = feature_context or task_type

        async with llm_tracker.track_llm_call(provider=provider, model=model,
                                              feature_context=context) as usage_log:
            if provider == "anthropic":
                resp = get_anthropic().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            if provider == "mistral":
                resp = await get_mistral().chat.complete_async(
                    model=model,
                    messages=[{"role": "system", "content": system or ""},
                              {"role": "user", "content": prompt}],
                    max_tokens=max_tokens,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
                return resp.choices[0].message.content

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = get_deepseek().chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
