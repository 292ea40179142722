"""The tracked path: agents should call `generate()` instead of the SDKs."""
from __future__ import annotations

from agentkit.llm.partials import fast_completion
from agentkit.observability.llm_usage_tracker import llm_tracker


def generate(prompt: str, *, feature: str, model: str = "gpt-4o-mini") -> str:
    with llm_tracker.track_llm_call(feature, model=model) as usage_log:
        response = fast_completion(model=model, messages=[{"role": "user", "content": prompt}])
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


def chat(messages: list[dict], *, feature: str) -> str:
    return generate("\n".join(m["content"] for m in messages), feature=feature)


class MultiModelService:
    """The same tracked path as an object, for code that gets its services injected."""

    def generate_response(self, prompt: str, *, feature: str, model: str = "gpt-4o-mini") -> str:
        return generate(prompt, feature=feature, model=model)


multi_model_service = MultiModelService()
