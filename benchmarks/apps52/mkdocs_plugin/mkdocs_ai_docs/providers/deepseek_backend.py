"""DeepSeek backend -- OpenAI-compatible API at api.deepseek.com."""

from __future__ import annotations

from typing import Iterator

from openai import OpenAI

from mkdocs_ai_docs.providers.base import Backend, Completion


class DeepSeekBackend(Backend):
    name = "deepseek"

    def __init__(self, client: OpenAI, model: str = "deepseek-chat", temperature: float = 0.2) -> None:
        super().__init__(model, temperature)
        self._client = client

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        if self.model == "deepseek-reasoner":
            return self._reason(messages, max_tokens)
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            max_tokens=max_tokens,
        )
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def _reason(self, messages: list[dict], max_tokens: int) -> Completion:
        # deepseek-reasoner ignores temperature and returns reasoning_content separately
        resp = self._client.chat.completions.create(model="deepseek-reasoner", messages=messages, max_tokens=max_tokens * 4)
        msg = resp.choices[0].message
        return Completion(
            text=msg.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            raw=resp,
        )

    def stream(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
        # TODO(kb): streaming for deepseek -- the plugin never streams during builds anyway
        yield self.complete(prompt, system=system, max_tokens=max_tokens).text
