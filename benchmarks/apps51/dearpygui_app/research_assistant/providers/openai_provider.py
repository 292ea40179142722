"""OpenAI chat + embeddings helpers."""
from __future__ import annotations

from typing import Iterator

from openai import OpenAI

from research_assistant.providers.factory import get_openai_client
from research_assistant.state import state


class OpenAIChat:
    name = "openai"

    def __init__(self, client: OpenAI | None = None, model: str | None = None):
        self.client = client or get_openai_client()
        self.model = model or state.settings.chat_model

    def complete(self, messages: list[dict], temperature: float = 0.3) -> str:
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=messages,
            temperature=temperature,
        )
        return resp.choices[0].message.content or ""

    def stream(self, messages: list[dict]) -> Iterator[str]:
        stream = self.client.chat.completions.create(
            model=self.model, messages=messages, stream=True
        )
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content


def embed_texts(texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    client = get_openai_client()
    out = client.embeddings.create(model=model, input=texts)
    return [d.embedding for d in out.data]


def is_flagged(text: str) -> bool:
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    return bool(result.results and result.results[0].flagged)


def available_models() -> list[str]:
    return sorted(m.id for m in get_openai_client().models.list() if m.id.startswith(("gpt", "o")))
