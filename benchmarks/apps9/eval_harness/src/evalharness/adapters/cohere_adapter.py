from __future__ import annotations

import time

from evalharness.adapters.base import ModelAdapter
from evalharness.adapters.registry import register_adapter
from evalharness.clients import get_cohere_client
from evalharness.types import Completion, Prompt


@register_adapter("cohere", "command")
class CohereAdapter(ModelAdapter):
    def __init__(self, spec):
        super().__init__(spec)
        self.co = get_cohere_client()

    def prompt_length(self, prompt: Prompt) -> int:
        tokens = self.co.tokenize(text=prompt.last_user_text(), model=self.model)
        return len(tokens.tokens)

    def generate(self, prompt: Prompt) -> Completion:
        t0 = time.perf_counter()
        response = self.co.chat(
            model=self.model,
            messages=prompt.as_openai_messages(),
            temperature=self.temperature(prompt),
            max_tokens=self.max_tokens(prompt),
            stop_sequences=prompt.stop,
            seed=self.spec.params.get("seed"),
        )
        text = "".join(
            part.text for part in (response.message.content or []) if part.type == "text"
        )
        billed = response.usage.billed_units if response.usage else None
        return Completion(
            text=text,
            model=self.model,
            input_tokens=int(billed.input_tokens or 0) if billed else 0,
            output_tokens=int(billed.output_tokens or 0) if billed else 0,
            latency_s=time.perf_counter() - t0,
            finish_reason=response.finish_reason,
        )
