from __future__ import annotations

from typing import Iterator, Sequence

from .base import Backend, ChatResult, Message
from . import clients


class MistralBackend(Backend):
    name = "mistral"

    def __init__(self, model: str, **kwargs):
        super().__init__(model, **kwargs)
        self._client = None

    @property
    def client(self):
        # lazily created: the mistral SDK is slow to import in some envs
        if self._client is None:
            self._client = clients.get_mistral_client()
        return self._client

    def chat(self, messages: Sequence[Message], system: str | None = None) -> ChatResult:
        msgs = list(messages)
        if system:
            msgs.insert(0, {"role": "system", "content": system})
        res = self.client.chat.complete(
            model=self.model,
            messages=msgs,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return ChatResult(
            text=res.choices[0].message.content,
            model=res.model,
            provider=self.name,
            input_tokens=res.usage.prompt_tokens,
            output_tokens=res.usage.completion_tokens,
            raw=res,
        )

    def stream(self, messages: Sequence[Message], system: str | None = None) -> Iterator[str]:
        msgs = list(messages)
        if system:
            msgs.insert(0, {"role": "system", "content": system})
        response = self.client.chat.stream(model=self.model, messages=msgs)
        for event in response:
            delta = event.data.choices[0].delta.content
            if delta:
                yield delta

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        res = self.client.embeddings.create(model="mistral-embed", inputs=list(texts))
        return [d.embedding for d in res.data]
