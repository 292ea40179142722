"""Letter / clause drafting with Grok (xai-sdk, gRPC)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterator

from xai_sdk.chat import system, user

from counseldesk.utils.prompts import DRAFTING_SYSTEM, LETTER_TEMPLATES

log = logging.getLogger(__name__)


@dataclass
class Draft:
    kind: str
    text: str
    reasoning_tokens: int = 0


class DraftingService:
    """Wraps an xai_sdk.Client given by the app shell (page.data["clients"].xai)."""

    def __init__(self, xai_client, model: str = "grok-4") -> None:
        self._xai = xai_client
        self.model = model

    def _new_chat(self, temperature: float = 0.4):
        return self._xai.chat.create(model=self.model, messages=[system(DRAFTING_SYSTEM)], temperature=temperature)

    def draft_letter(self, kind: str, facts: str, recipient: str) -> Draft:
        template = LETTER_TEMPLATES.get(kind, LETTER_TEMPLATES["general"])
        chat = self._new_chat()
        chat.append(user(template.format(facts=facts, recipient=recipient)))
        response = chat.sample()
        return Draft(kind, response.content, response.usage.reasoning_tokens)

    def stream_draft(self, kind: str, facts: str, recipient: str) -> Iterator[str]:
        template = LETTER_TEMPLATES.get(kind, LETTER_TEMPLATES["general"])
        chat = self._new_chat()
        chat.append(user(template.format(facts=facts, recipient=recipient)))
        for _response, chunk in chat.stream():
            if chunk.content:
                yield chunk.content

    def timeline_graphic(self, events: list[str]) -> str:
        """Illustration for the client deck; returns an image URL."""
        prompt = "A clean, neutral timeline infographic of these events: " + "; ".join(events)
        image = self._xai.image.sample(prompt=prompt, model="grok-2-image", image_format="url")
        return image.url
