"""Local models through Ollama."""

from __future__ import annotations

from collections.abc import AsyncIterator

from ollama import AsyncClient, ResponseError

from termpal.backends.base import Backend, BackendError, Message, Reply


class OllamaBackend(Backend):
    name = "ollama"
    supports_embeddings = True
    embedding_model = "nomic-embed-text"

    def __init__(self, model: str, *, host: str = "http://127.0.0.1:11434", **kwargs) -> None:
        super().__init__(model, **kwargs)
        self.host = host
        self._client = AsyncClient(host=host)

    def _messages(self, messages: list[Message], system: str | None) -> list[dict]:
        out = [{"role": "system", "content": system}] if system else []
        return out + [m.as_dict() for m in messages]

    async def complete(self, messages: list[Message], *, system: str | None = None) -> Reply:
        parts = []
        async for piece in self.stream(messages, system=system):
            parts.append(piece)
        return Reply(text="".join(parts), model=self.model)

    async def stream(self, messages: list[Message], *, system: str | None = None) -> AsyncIterator[str]:
        try:
            async for part in await self._client.chat(
                model=self.model,
                messages=self._messages(messages, system),
                options={"temperature": self.temperature, "num_predict": self.max_tokens},
                stream=True,
            ):
                yield part["message"]["content"]
        except ResponseError as exc:
            if exc.status_code == 404:
                raise BackendError(f"model {self.model} not pulled; run `ollama pull {self.model}`") from exc
            raise

    async def list_models(self) -> list[str]:
        resp = await self._client.list()
        return [m.model for m in resp.models]

    async def embed(self, texts: list[str]) -> list[list[float]]:
        resp = await self._client.embed(model=self.embedding_model, input=texts)
        return [list(v) for v in resp.embeddings]
