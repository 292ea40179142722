from __future__ import annotations

from openai import AsyncOpenAI, OpenAI

from llmctl.providers.base import Completion, Provider


def make_async_openai(api_key: str | None = None, timeout: float = 60.0) -> AsyncOpenAI:
    """Async client used by the batch embedder."""
    return AsyncOpenAI(api_key=api_key, timeout=timeout)


class OpenAIProvider(Provider):
    name = "openai"

    def __init__(self, client: OpenAI, model: str):
        super().__init__(model)
        self.client = client

    def complete(self, prompt, *, system=None, temperature=0.2, max_tokens=1024):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        with self._timed() as t:
            resp = self.client.chat.completions.create(
                model=self.model,
                messages=messages,
                temperature=temperature,
                max_tokens=max_tokens,
            )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_ms=t.elapsed_ms,
        )

    def respond(self, prompt: str, instructions: str | None = None) -> Completion:
        """Same as complete() but via the Responses API (used for o-series models)."""
        resp = self.client.responses.create(
            model=self.model,
            instructions=instructions,
            input=prompt,
        )
        return Completion(
            text=resp.output_text,
            model=self.model,
            provider=self.name,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
        )
