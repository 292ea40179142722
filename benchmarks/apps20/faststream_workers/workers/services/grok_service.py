"""Grok via the native xai-sdk (gRPC). Replaces the OpenAI-compatible client bit by bit."""
from __future__ import annotations

from xai_sdk import Client
from xai_sdk.chat import system, user

from workers.settings import settings

_client: Client | None = None


def get_grok() -> Client:
    global _client
    if _client is None:
        key = settings.llm.xai_api_key
        _client = Client(api_key=key.get_secret_value() if key else None)
    return _client


class GrokService:
    def __init__(self, client: Client | None = None, model: str | None = None) -> None:
        self.client = client or get_grok()
        self.model = model or settings.llm.grok_model

    def ask(self, question: str, context: str = "") -> str:
        chat = self.client.chat.create(model=self.model)
        if context:
            chat.append(system(context))
        chat.append(user(question))
        return chat.sample().content

    def stream_answer(self, question: str):
        chat = self.client.chat.create(model=self.model, messages=[user(question)])
        for _response, chunk in chat.stream():
            yield chunk.content

    def list_models(self) -> list[str]:
        return [m.name for m in self.client.models.list_language_models()]
