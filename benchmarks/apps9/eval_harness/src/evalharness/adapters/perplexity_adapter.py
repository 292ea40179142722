from __future__ import annotations

import time

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.clients import get_perplexity_client
from evalharness.types import Completion, Prompt


@register_adapter("perplexity", "sonar")
class PerplexityAdapter(ModelAdapter):
    """Sonar models. Answers are grounded in web search, so results are not reproducible;
    the citations are stored with the completion for the factuality reports."""

    def __init__(self, spec):
        super().__init__(spec)
        self.client = get_perplexity_client()

    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        completion = self.client.chat.completions.create(
            model=self.model or "sonar",
            messages=prompt.as_openai_messages(),
            max_tokens=self.max_tokens(prompt),
            temperature=self.temperature(prompt),
            web_search_options={
                "search_context_size": self.spec.params.get("search_context_size", "low"),
            },
        )
        choice = completion.choices[0]
        usage = completion.usage
        return Completion(
            text=choice.message.content or "",
            model=completion.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=time.perf_counter() - t0,
            finish_reason=choice.finish_reason,
            extra={
                "search_results": [r.url for r in (completion.search_results or [])],
            },
        )
