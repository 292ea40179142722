from __future__ import annotations

from typing import Iterator, List, Optional

from quill.models import clients
from quill.providers import ProviderAdapter, register


@register("groq")
class GroqAdapter(ProviderAdapter):
    def __init__(self, model):
        super().__init__(model)
        self.client = clients.get_client("groq")

    def _request(self, messages: List[dict], temperature: Optional[float], stream: bool):
        kwargs = dict(
            model=self.model.name,
            messages=messages,
            max_tokens=min(self.settings.max_output_tokens, 32_768),
            stream=stream,
        )
        if temperature is not None:
            kwargs["temperature"] = temperature
        return self.client.chat.completions.create(**kwargs)

    def complete(self, messages: List[dict], temperature: Optional[float] = None) -> str:
        completion = self._request(messages, temperature, stream=False)
        if completion.usage:
            self.last_usage = {
                "input": completion.usage.prompt_tokens,
                "output": completion.usage.completion_tokens,
            }
        return completion.choices[0].message.content or ""

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        for chunk in self._request(messages, temperature, stream=True):
            x_groq = getattr(chunk, "x_groq", None)
            if x_groq is not None and getattr(x_groq, "usage", None):
                self.last_usage = {
                    "input": x_groq.usage.prompt_tokens,
                    "output": x_groq.usage.completion_tokens,
                }
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
