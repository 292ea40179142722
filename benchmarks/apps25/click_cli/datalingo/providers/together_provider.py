"""Together AI via its OpenAI-compatible endpoint.

We tried the ``together`` SDK in 0.6 but it pinned an old httpx; the openai client with a
base_url works fine and is one dependency less.
"""
from __future__ import annotations

import os

from openai import OpenAI

from datalingo.config import TOGETHER_BASE_URL
from datalingo.providers.base import Completion, Provider


class TogetherProvider(Provider):
    name = "together"

    def __init__(self, model: str, api_key: str | None = None):
        super().__init__(model)
        self.client = OpenAI(
            api_key=api_key or os.environ.get("TOGETHER_API_KEY"),
            base_url=TOGETHER_BASE_URL,
        )

    def complete(self, prompt, system=None, *, max_tokens=512, temperature=0.2) -> Completion:
        start = self._clock()
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            max_tokens=max_tokens,
            temperature=temperature,
            # llama models love to ramble past the answer
            stop=["<|eot_id|>"],
        )
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            model=self.model,
            provider=self.name,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            latency_s=self._clock() - start,
            raw=resp,
        )
