"""Copywriter page state: brand-voice drafts streamed from Claude."""
from __future__ import annotations

import logging

import reflex as rx

from studio.backend import get_anthropic
from studio.backend.models import ContentPiece
from studio.backend.services import BrandVoiceWriter, CopyRequest
from studio.backend.services.moderation import moderate

from .base import StudioState

logger = logging.getLogger(__name__)


def _writer() -> BrandVoiceWriter:
    # Cheap to build; the expensive part (the client) is cached in clients.py.
    return BrandVoiceWriter(get_anthropic())


class CopyState(StudioState):
    topic: str = ""
    channel: str = "linkedin"
    audience: str = "marketing leaders"
    tone: str = "confident"
    output: str = ""
    headlines: list[str] = []
    critique: str = ""
    token_estimate: int = 0
    flagged_reasons: list[str] = []
    generating: bool = False

    @rx.var
    def char_count(self) -> int:
        return len(self.output)

    @rx.var
    def over_limit(self) -> bool:
        limits = {"twitter": 280, "linkedin": 1300}
        return self.char_count > limits.get(self.channel, 10_000)

    def _request(self) -> CopyRequest:
        return CopyRequest(topic=self.topic, channel=self.channel, audience=self.audience, tone=self.tone)

    @rx.event
    async def generate(self):
        if not self.topic.strip():
            yield rx.toast.warning("Add a topic first")
            return
        self.generating = True
        self.output = ""
        self.flagged_reasons = []
        yield
        try:
            async for piece in _writer().stream(self._request()):
                self.output += piece
                yield
        finally:
            self.generating = False
        yield CopyState.check_safety

    @rx.event
    async def check_safety(self):
        result = await moderate(self.output)
        self.flagged_reasons = result.categories + result.blocklist_hits
        if result.flagged:
            yield rx.toast.error("Draft needs review before publishing")

    @rx.event
    async def estimate(self):
        self.token_estimate = await _writer().estimate_tokens(self._request())

    @rx.event
    async def run_critique(self):
        self.critique = "Reviewing…"
        yield
        self.critique = await _writer().critique(self.output, self.channel)

    @rx.event
    async def headline_ideas(self):
        client = get_anthropic()
        msg = await client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=300,
            messages=[
                {
                    "role": "user",
                    "content": f"Give 5 headline options (one per line, no numbering) for: {self.topic}",
                }
            ],
        )
        self.headlines = [h.strip() for h in msg.content[0].text.splitlines() if h.strip()][:5]

    @rx.event
    def save(self):
        with rx.session() as session:
            session.add(ContentPiece(channel=self.channel, body=self.output, model="claude"))
            session.commit()
        return rx.toast.success("Saved to library")


class CopyVariantsState(CopyState):
    """A/B variants panel (substate of the copywriter)."""

    variants: list[str] = []
    n_variants: int = 3

    @rx.event(background=True)
    async def make_variants(self):
        async with self:
            req = self._request()
            req.variants = self.n_variants
            self.variants = []
        try:
            variants = await _writer().write(req)
        except Exception:  # noqa: BLE001
            logger.exception("variants failed")
            variants = []
        async with self:
            self.variants = variants
