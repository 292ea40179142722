"""OpenAI (and Azure, via OPENAI_BASE_URL) backend."""

from __future__ import annotations

from collections.abc import AsyncIterator

from termpal import clients
from termpal.backends.base import Backend, BackendError, Message, Reply


class OpenAIBackend(Backend):
    name = "openai"
    supports_embeddings = True
    embedding_model = "text-embedding-3-small"

    def __init__(self, model: str, **kwargs) -> None:
        super().__init__(model, **kwargs)
        self._client = clients.get_async_openai()

    def _payload(self, messages: list[Message], system: str | None) -> list[dict]:
        out = []
        if system:
            out.append({"role": "system", "content": system})
        out.extend(m.as_dict() for m in messages)
        return out

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        try:
            resp = await self._client.chat.completions.create(
                model=self.model,
                messages=self._payload(messages, system),
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
        except Exception as exc:  # openai.APIError and friends
            raise BackendError(str(exc)) from exc
        choice = resp.choices[0]
        return Reply(
            text=choice.message.content or "",
            model=resp.model,
            input_tokens=resp.usage.prompt_tokens if resp.usage else 0,
            output_tokens=resp.usage.completion_tokens if resp.usage else 0,
            raw=resp,
        )

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        stream = await self._client.chat.completions.create(
            model=self.model,
            messages=self._payload(messages, system),
            temperature=self.temperature,
            stream=True,
        )
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    async def list_models(self) -> list[str]:
        page = await self._client.models.list()
        return sorted(m.id for m in page.data if m.id.startswith(("gpt", "o1", "o3", "o4")))

    async def embed(self, texts: list[str]) -> list[list[float]]:
        resp = await self._client.embeddings.create(model=self.embedding_model, input=texts)
        return [d.embedding for d in resp.data]
