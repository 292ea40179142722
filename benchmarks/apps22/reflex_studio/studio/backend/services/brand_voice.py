"""Brand-voice copywriter built on Claude.

The client is injected so the state layer can pass the cached one and tests
can pass a fake.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

from anthropic import AsyncAnthropic

from ..config import settings

logger = logging.getLogger(__name__)

GUIDE_PATH = Path(__file__).resolve().parents[3] / "assets" / "brand_guide.md"

CHANNEL_RULES = {
    "linkedin": "Professional, first person plural, max 1300 characters, 3 hashtags max.",
    "twitter": "Punchy, max 270 characters, no more than 1 emoji.",
    "email": "Subject line on the first line, then a short body with one CTA.",
    "blog_intro": "Two paragraphs, hook in the first sentence, no clickbait.",
}


def load_guide() -> str:
    try:
        return GUIDE_PATH.read_text(encoding="utf-8")
    except FileNotFoundError:
        return "Voice: confident, warm, plain English. Avoid jargon."


@dataclass
class CopyRequest:
    topic: str
    channel: str = "linkedin"
    audience: str = "marketing leaders"
    tone: str = "confident"
    variants: int = 1


class BrandVoiceWriter:
    def __init__(self, client: AsyncAnthropic, model: str | None = None) -> None:
        self._client = client
        self.model = model or settings.copy_model
        self.guide = load_guide()

    def _system(self, req: CopyRequest) -> str:
        rules = CHANNEL_RULES.get(req.channel, "")
        return f"{self.guide}\n\nChannel rules: {rules}\nTone: {req.tone}."

    def _user(self, req: CopyRequest) -> str:
        return (
            f"Write {req.variants} variant(s) of {req.channel} copy about: {req.topic}.\n"
            f"Audience: {req.audience}. Separate variants with a line containing ---."
        )

    async def write(self, req: CopyRequest) -> list[str]:
        message = await self._client.messages.create(
            model=self.model,
            max_tokens=1024,
            system=self._system(req),
            messages=[{"role": "user", "content": self._user(req)}],
        )
        text = "".join(block.text for block in message.content if block.type == "text")
        return [v.strip() for v in text.split("---") if v.strip()]

    async def stream(self, req: CopyRequest) -> AsyncIterator[str]:
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=settings.max_stream_tokens,
            system=self._system(req),
            messages=[{"role": "user", "content": self._user(req)}],
        ) as stream:
            async for text in stream.text_stream:
                yield text

    async def estimate_tokens(self, req: CopyRequest) -> int:
        counted = await self._client.messages.count_tokens(
            model=self.model,
            system=self._system(req),
            messages=[{"role": "user", "content": self._user(req)}],
        )
        return counted.input_tokens

    async def critique(self, draft: str, channel: str) -> str:
        """Second pass: ask Claude to check a draft against the guide."""
        resp = await self._client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=400,
            system=self.guide,
            messages=[
                {
                    "role": "user",
                    "content": f"Critique this {channel} draft against our brand guide in 3 bullets:\n\n{draft}",
                }
            ],
        )
        return resp.content[0].text
