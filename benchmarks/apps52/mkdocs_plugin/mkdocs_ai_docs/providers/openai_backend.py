"""OpenAI backend (chat completions + responses API for vision)."""

from __future__ import annotations

import logging
from typing import Iterator, Sequence

from openai import OpenAI

from mkdocs_ai_docs.providers.base import Backend, Completion

log = logging.getLogger("mkdocs.plugins.ai_docs.openai")


class OpenAIBackend(Backend):
    name = "openai"
    supports_vision = True
    supports_embeddings = True

    def __init__(
        self,
        client: OpenAI,
        model: str,
        temperature: float = 0.2,
        vision_model: str | None = None,
        embedding_model: str = "text-embedding-3-small",
    ) -> None:
        super().__init__(model, temperature)
        self.client = client
        self.vision_model = vision_model or model
        self.embedding_model = embedding_model

    def _messages(self, prompt: str, system: str | None) -> list[dict]:
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        return messages

    def complete(self, prompt: str, *, system: str | None = None, max_tokens: int = 512) -> Completion:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            temperature=self.temperature,
            max_tokens=max_tokens,
        )
        usage = resp.usage
        return Completion(
            text=resp.choices[0].message.content or "",
            model=resp.model,
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
            raw=resp,
        )

    def stream(self, prompt: str, *, system: str | None = None, max_tokens: int = 1024) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model,
            messages=self._messages(prompt, system),
            temperature=self.temperature,
            max_tokens=max_tokens,
            stream=True,
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        result = self.client.embeddings.create(model=self.embedding_model, input=list(texts))
        return [item.embedding for item in result.data]

    def describe_image(self, image_url: str, prompt: str) -> Completion:
        resp = self.client.responses.create(
            model=self.vision_model,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": prompt},
                        {"type": "input_image", "image_url": image_url},
                    ],
                }
            ],
            max_output_tokens=200,
        )
        return Completion(
            text=resp.output_text.strip(),
            model=self.vision_model,
            input_tokens=resp.usage.input_tokens,
            output_tokens=resp.usage.output_tokens,
            raw=resp,
        )

    def is_flagged(self, text: str) -> bool:
        """Used for user-contributed pages (community/ section)."""
        result = self.client.moderations.create(model="omni-moderation-latest", input=text)
        flagged = any(r.flagged for r in result.results)
        if flagged:
            log.warning("moderation flagged content: %s", result.results[0].categories)
        return flagged
