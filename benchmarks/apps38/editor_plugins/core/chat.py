"""Chat sessions for the side panel / scratch buffer.

The client is injected by the editor front-end so that the Sublime plugin
can share the one it keeps in plugin state, and tests can pass a fake.
"""
from __future__ import annotations

import logging
from typing import Dict, Iterator, List

from .clients import get_openai
from .prompts import SYSTEM_EXPLAIN

log = logging.getLogger("ai_core.chat")


class ChatSession:
    """Multi-turn conversation against Claude."""

    def __init__(self, client, model: str, system: str = SYSTEM_EXPLAIN, max_tokens: int = 1024):
        self.client = client
        self.model = model
        self.system = system
        self.max_tokens = max_tokens
        self.history: List[Dict[str, str]] = []

    def send(self, text: str) -> str:
        self.history.append({"role": "user", "content": text})
        message = self.client.messages.create(
            model=self.model,
            system=self.system,
            max_tokens=self.max_tokens,
            messages=self.history,
        )
        reply = "".join(block.text for block in message.content if block.type == "text")
        self.history.append({"role": "assistant", "content": reply})
        return reply

    def stream(self, text: str) -> Iterator[str]:
        self.history.append({"role": "user", "content": text})
        parts: List[str] = []
        with self.client.messages.stream(
            model=self.model,
            system=self.system,
            max_tokens=self.max_tokens,
            messages=self.history,
        ) as stream:
            for chunk in stream.text_stream:
                parts.append(chunk)
                yield chunk
        self.history.append({"role": "assistant", "content": "".join(parts)})

    def reset(self) -> None:
        self.history.clear()


class OpenAIChatSession(ChatSession):
    """Same interface, OpenAI Responses API.  Added for the GPT-only users."""

    def __init__(self, model: str, system: str = SYSTEM_EXPLAIN, max_tokens: int = 1024):
        super().__init__(get_openai(), model, system, max_tokens)
        self._previous_id = None

    def send(self, text: str) -> str:
        response = self.client.responses.create(
            model=self.model,
            instructions=self.system,
            input=text,
            max_output_tokens=self.max_tokens,
            previous_response_id=self._previous_id,
        )
        self._previous_id = response.id
        return response.output_text

    def stream(self, text: str) -> Iterator[str]:
        # TODO(marta): wire responses streaming; for now emit the whole reply.
        yield self.send(text)


def is_flagged(text: str) -> bool:
    """Run user-supplied chat text through moderation before sharing logs."""
    result = get_openai().moderations.create(model="omni-moderation-latest", input=text)
    return any(r.flagged for r in result.results)
