"""Base class for services built on an OpenAI-compatible chat endpoint."""
import logging
from typing import Iterator, List, Optional

from .errors import EmptyCompletion

logger = logging.getLogger(__name__)


class ChatCompletionService:
    """Subclasses pick the client (``client_factory``) and the ``model``.

    Keeping the request code here means retries, logging and response
    unpacking are the same for every feature that uses chat completions.
    """

    model: str = ""
    client_factory = None
    temperature: float = 0.2
    max_tokens: int = 800

    def __init__(self, client=None):
        if client is None:
            if self.client_factory is None:
                raise TypeError(f"{type(self).__name__} needs a client_factory")
            client = self.client_factory()
        self.client = client

    def build_messages(self, system: str, user: str, history: Optional[List[dict]] = None):
        messages = [{"role": "system", "content": system}]
        messages.extend(history or [])
        messages.append({"role": "user", "content": user})
        return messages

    def complete(self, system: str, user: str, history=None, **extra) -> str:
        response = self.client.chat.completions.create(
            model=self.model,
            messages=self.build_messages(system, user, history),
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            **extra,
        )
        text = response.choices[0].message.content
        if not text:
            raise EmptyCompletion(f"{type(self).__name__}: empty completion")
        logger.info(
            "%s completion: %s prompt / %s completion tokens",
            type(self).__name__,
            response.usage.prompt_tokens,
            response.usage.completion_tokens,
        )
        return text.strip()

    def stream(self, system: str, user: str, history=None) -> Iterator[str]:
        chunks = self.client.chat.completions.create(
            model=self.model,
            messages=self.build_messages(system, user, history),
            temperature=self.temperature,
            stream=True,
        )
        for chunk in chunks:
            if chunk.choices and chunk.choices[0].delta.content:
                yield chunk.choices[0].delta.content
