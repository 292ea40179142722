"""Routes prompts to a provider by task type/complexity, with usage tracking.

New commands should call ``multi_model_service.generate_response``.
"""
from __future__ import annotations

import enum
import logging

from llmctl.llm_usage_tracker import llm_tracker

LOG = logging.getLogger(__name__)


class TaskComplexity(enum.Enum):
    SIMPLE = "simple"
    STANDARD = "standard"
    AGENTIC = "agentic"


ROUTING = {
    TaskComplexity.SIMPLE: ("groq", "llama-3.1-8b-instant"),
    TaskComplexity.STANDARD: ("openai", "gpt-4o-mini"),
    TaskComplexity.AGENTIC: ("anthropic", "claude-3-5-sonnet-20241022"),
}


class MultiModelService:
    def __init__(self):
        self._clients: dict[str, object] = {}

    def configure(self, *, openai_client=None, anthropic_client=None, groq_client=None):
        if openai_client is not None:
            self._clients["openai"] = openai_client
        if anthropic_client is not None:
            self._clients["anthropic"] = anthropic_client
        if groq_client is not None:
            self._clients["groq"] = groq_client

    async def generate_response(self, prompt: str, task_type: str = "chat",
                                complexity: TaskComplexity = TaskComplexity.STANDARD,
                                system: str | None = None, max_tokens: int = 1024) -> str:
        provider, model = ROUTING[complexity]
        client = self._clients[provider]
        async with llm_tracker.track_llm_call(
            provider=provider, model=model, feature_context=task_type
        ) as usage_log:
            if provider == "anthropic":
                msg = client.messages.create(
                    model=model,
                    max_tokens=max_tokens,
                    system=system or "You are a helpful assistant.",
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
                return msg.content[0].text
            messages = [{"role": "user", "content": prompt}]
            if system:
                messages.insert(0, {"role": "system", "content": system})
            resp = client.chat.completions.create(model=model, messages=messages,
                                                  max_tokens=max_tokens)
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
            return resp.choices[0].message.content


multi_model_service = MultiModelService()
