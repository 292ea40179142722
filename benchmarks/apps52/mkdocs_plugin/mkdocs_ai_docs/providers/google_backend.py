"""Gemini backend built on google-genai."""

from __future__ import annotations

import asyncio
from typing import Iterator, Sequence

from google import genai
from google.genai import types

from mkdocs_ai_docs.providers.base import Backend, Completion


class GoogleBackend(Backend):
    name = "google"
    supports_vision = True
    supports_embeddings = True

    def __init__(
        self,
        client: genai.Client,
        model: str,
        temperature: float = 0.2,
        embedding_model: str = "text-embedding-004",
    ) -> None:
        super().__init__(model, temperature)
        self.client = client
        self.embedding_model = embedding_model

    def _config(self, system: str | None, max_tokens: int) -> types.GenerateContentConfig:
        return types.GenerateContentConfig(
            system_instruction=system,
            temperature=self.temperature,
            max_output_tokens=max_tokens,
        )

    @staticmethod
    def _to_completion(resp, model: str) -> Completion:
        meta = resp.usage_metadata
        return Completion(
            text=resp.text or "",
            model=model,
            input_tokens=(meta.prompt_token_count or 0) if meta else 0,
            output_tokens=(meta.candidates_token_count or 0) if meta else 0,
            raw=resp,
        )

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        resp = self.client.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(system, max_tokens),
        )
        return self._to_completion(resp, self.model)

    async def acomplete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        resp = await self.client.aio.models.generate_content(
            model=self.model,
            contents=prompt,
            config=self._config(system, max_tokens),
        )
        return self._to_completion(resp, self.model)

    def complete_many(self, prompts: Sequence[str], *, system: str | None = None) -> list[Completion]:
        async def _run() -> list[Completion]:
            return await asyncio.gather(*(self.acomplete(p, system=system) for p in prompts))

        return asyncio.run(_run())

    def stream(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
        for chunk in self.client.models.generate_content_stream(
            model=self.model, contents=prompt, config=self._config(system, max_tokens)
        ):
            if chunk.text:
                yield chunk.text

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self.client.models.embed_content(
            model=self.embedding_model,
            contents=list(texts),
            config=types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
        )
        return [e.values for e in resp.embeddings]

    def describe_image(self, image_url: str, prompt: str) -> Completion:
        # image_url is a local path for Gemini (we read the bytes)
        with open(image_url, "rb") as fh:
            data = fh.read()
        mime = "image/png" if image_url.endswith(".png") else "image/jpeg"
        resp = self.client.models.generate_content(
            model=self.model,
            contents=[types.Part.from_bytes(data=data, mime_type=mime), prompt],
        )
        return self._to_completion(resp, self.model)
