import abc
from typing import AsyncIterator

from inference.schemas import ChatRequest, ChatResponse


class ChatAdapter(abc.ABC):
    provider: str = ""
    default_model: str = ""

    def resolve_model(self, request: ChatRequest) -> str:
        return request.model or self.default_model

    @abc.abstractmethod
    async def chat(self, request: ChatRequest) -> ChatResponse:
        ...

    @abc.abstractmethod
    def stream_chat(self, request: ChatRequest) -> AsyncIterator[str]:
        ...
