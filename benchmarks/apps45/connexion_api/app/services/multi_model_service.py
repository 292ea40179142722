"""The tracked entry point for LLM calls. New code should go through here."""
import enum
import logging

from app.services import clients as client_factories
from app.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


_ROUTES = {
    TaskComplexity.SIMPLE: ("openai", "gpt-4o-mini"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self, openai_client=None, anthropic_client=None):
        self._openai = openai_client
        self._anthropic = anthropic_client

    @property
    def openai(self):
        if self._openai is None:
            self._openai = client_factories.get_openai()
        return self._openai

    @property
    def anthropic(self):
        if self._anthropic is None:
            self._anthropic = client_factories.get_anthropic()
        return self._anthropic

    async def generate_response(self, prompt, task_type="chat",
                                complexity=TaskComplexity.SIMPLE,
                                system=None, tenant=None, max_tokens=1024):
        provider, model = _ROUTES[complexity]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type, tenant=tenant
        ) as usage_log:
            if provider == "anthropic":
                resp = self.anthropic.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return "".join(b.text for b in resp.content if b.type == "text")

            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = self.openai.chat.completions.create(
                model=model, messages=messages, max_tokens=max_tokens
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
