from __future__ import annotations

import functools
import os

from groq import Groq

from llmctl.providers.base import Completion, Provider


@functools.lru_cache(maxsize=1)
def get_groq_client() -> Groq:
    """Process-wide Groq client for code that runs outside a cliff command
    (scripts, the experiment judge)."""
    return Groq(api_key=os.environ.get("GROQ_API_KEY"))


class GroqProvider(Provider):
    name = "groq"

    def __init__(self, client: Groq | None, model: str):
        super().__init__(model)
        self.client = client or get_groq_client()

    def complete(self, prompt, *, system=None, temperature=0.2, max_tokens=1024):
        messages = [{"role": "user", "content": prompt}]
        if system:
            messages.insert(0, {"role": "system", "content": system})
        with self._timed() as t:
            chat = self.client.chat.completions.create(
                messages=messages,
                model=self.model,
                temperature=temperature,
                max_tokens=max_tokens,
            )
        return Completion(
            text=chat.choices[0].message.content,
            model=chat.model,
            provider=self.name,
            input_tokens=chat.usage.prompt_tokens,
            output_tokens=chat.usage.completion_tokens,
            latency_ms=t.elapsed_ms,
        )
