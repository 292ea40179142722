"""Single entry point for model calls with usage tracking built in."""
import enum
import logging

from tutor.services.clients import (
    get_anthropic_client,
    get_ollama_client,
    get_openai_client,
    make_groq_client,
)
from tutor.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    ("chat", TaskComplexity.SIMPLE): ("groq", "llama-3.1-8b-instant"),
    ("chat", TaskComplexity.STANDARD): ("openai", "gpt-4o-mini"),
    ("lesson_plan", TaskComplexity.STANDARD): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("lesson_plan", TaskComplexity.AGENTIC): ("anthropic", "claude-3-5-sonnet-20241022"),
    ("offline", TaskComplexity.SIMPLE): ("ollama", "llama3.2:3b"),
}


class MultiModelService:
    def __init__(self, offline=False):
        self.offline = offline

    def route(self, task_type, complexity):
        if self.offline:
            return _ROUTES[("offline", TaskComplexity.SIMPLE)]
        return _ROUTES.get((task_type, complexity), ("openai", "gpt-4o-mini"))

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE, system=None,
                                max_tokens=800):
        provider, model = self.route(task_type, complexity)
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                resp = get_anthropic_client().messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful language tutor.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.content[0].text
            if provider == "ollama":
                resp = get_ollama_client().chat(
                    model=model,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.get("prompt_eval_count", 0)
                usage_log.output_tokens = resp.get("eval_count", 0)
                return resp["message"]["content"]
            client = make_groq_client() if provider == "groq" else get_openai_client()
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = client.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
