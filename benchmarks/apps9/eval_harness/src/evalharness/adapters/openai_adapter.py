from __future__ import annotations

from typing import Any, Dict, List

from evalharness.adapters.base import ModelAdapter, timed
from evalharness.adapters.registry import register_adapter
from evalharness.clients import get_async_openai_client, get_openai_client
from evalharness.config import ModelSpec
from evalharness.types import Completion, Prompt
from evalharness.utils import with_backoff

# models that reject `temperature` / `max_tokens` on chat completions
_REASONING_PREFIXES = ("o1", "o3", "o4", "gpt-5")


def _is_reasoning_model(model: str) -> bool:
    return model.startswith(_REASONING_PREFIXES)


@register_adapter("openai", "openai-chat")
class OpenAIChatAdapter(ModelAdapter):
    def __init__(self, spec: ModelSpec):
        super().__init__(spec)
        self.client = get_openai_client()
        self.async_client = get_async_openai_client()

    def _request_kwargs(self, prompt: Prompt) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {
            "model": self.model,
            "messages": prompt.as_openai_messages(),
        }
        if _is_reasoning_model(self.model):
            kwargs["max_completion_tokens"] = self.max_tokens(prompt)
            if "reasoning_effort" in self.spec.params:
                kwargs["reasoning_effort"] = self.spec.params["reasoning_effort"]
        else:
            kwargs["max_tokens"] = self.max_tokens(prompt)
            kwargs["temperature"] = self.temperature(prompt)
        if prompt.stop:
            kwargs["stop"] = prompt.stop[:4]
        if "seed" in self.spec.params:
            kwargs["seed"] = self.spec.params["seed"]
        return kwargs

    def _to_completion(self, resp: Any, elapsed: float) -> Completion:
        choice = resp.choices[0]
        usage = resp.usage
        return Completion(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=elapsed,
            finish_reason=choice.finish_reason,
            extra={"system_fingerprint": resp.system_fingerprint},
        )

    @with_backoff()
    def generate(self, prompt: Prompt) -> Completion:
        with timed() as t:
            resp = self.client.chat.completions.create(**self._request_kwargs(prompt))
        return self._to_completion(resp, t.elapsed)

    async def agenerate(self, prompt: Prompt) -> Completion:
        with timed() as t:
            resp = await self.async_client.chat.completions.create(
                **self._request_kwargs(prompt),
            )
        return self._to_completion(resp, t.elapsed)


@register_adapter("openai-responses")
class OpenAIResponsesAdapter(OpenAIChatAdapter):
    """Responses API. Needed for reasoning summaries and for models that are Responses-only."""

    def _input(self, prompt: Prompt) -> List[Dict[str, str]]:
        return [{"role": m.role, "content": m.content} for m in prompt.messages]

    @with_backoff()
    def generate(self, prompt: Prompt) -> Completion:
        reasoning = None
        if "reasoning_effort" in self.spec.params:
            reasoning = {"effort": self.spec.params["reasoning_effort"], "summary": "auto"}
        with timed() as t:
            resp = self.client.responses.create(
                model=self.model,
                instructions=prompt.system,
                input=self._input(prompt),
                max_output_tokens=self.max_tokens(prompt),
                reasoning=reasoning,
                store=False,
            )
        usage = resp.usage
        return Completion(
            text=resp.output_text,
            model=resp.model,
            input_tokens=usage.input_tokens if usage else 0,
            output_tokens=usage.output_tokens if usage else 0,
            latency_s=t.elapsed,
            finish_reason=resp.status,
            extra={
                "reasoning_tokens": usage.output_tokens_details.reasoning_tokens if usage else 0,
                "response_id": resp.id,
            },
        )

    async def agenerate(self, prompt: Prompt) -> Completion:
        # no async path yet for the Responses adapter; the sync one is retried/backed off
        return await ModelAdapter.agenerate(self, prompt)
