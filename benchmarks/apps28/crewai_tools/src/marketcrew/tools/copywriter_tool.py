"""Copywriter tool: channel-specific copy from a product + audience."""

from __future__ import annotations

import logging
from typing import Any, Type

from crewai.tools import BaseTool
from openai import AsyncOpenAI, OpenAI
from pydantic import BaseModel, Field, PrivateAttr

from marketcrew.clients import get_async_openai, get_openai
from marketcrew.config import settings
from marketcrew.models import Channel, CopyVariants

logger = logging.getLogger(__name__)

CHANNEL_RULES: dict[str, str] = {
    "email": "Subject line under 50 characters, preview text under 90, body under 150 words.",
    "linkedin": "Professional, first line must hook, max 1300 characters, 3 hashtags at most.",
    "x": "Max 270 characters, no more than 2 hashtags, one clear CTA.",
    "instagram": "Caption under 150 words, emoji allowed, 5-10 hashtags at the end.",
    "search_ads": "Headline max 30 characters, description max 90 characters.",
    "blog": "Intro paragraph only, 120-180 words, SEO keyword in first sentence.",
}

SYSTEM_PROMPT = (
    "You are a senior direct-response copywriter. Write copy that is specific, concrete and "
    "free of clichés. Never invent statistics or customer quotes."
)


class CopywriterInput(BaseModel):
    product: str = Field(..., description="Product or offer being promoted")
    audience: str = Field(..., description="Target audience segment description")
    channel: Channel = Field("email", description="Distribution channel")
    tone: str = Field("confident, warm", description="Desired tone of voice")


class CopywriterTool(BaseTool):
    name: str = "copywriter"
    description: str = (
        "Writes a single piece of marketing copy for a channel. Input: product, audience, "
        "channel (email|linkedin|x|instagram|search_ads|blog) and tone."
    )
    args_schema: Type[BaseModel] = CopywriterInput
    model: str = Field(default_factory=lambda: settings.copy_model)
    temperature: float = 0.8

    _client: OpenAI = PrivateAttr()
    _aclient: AsyncOpenAI = PrivateAttr()

    def model_post_init(self, __context: Any) -> None:
        super().model_post_init(__context)
        self._client = get_openai()
        self._aclient = get_async_openai()

    def _prompt(self, product: str, audience: str, channel: str, tone: str) -> str:
        return (
            f"Product: {product}\nAudience: {audience}\nChannel: {channel}\nTone: {tone}\n"
            f"Channel rules: {CHANNEL_RULES.get(channel, '')}\n\n"
            "Write the copy. Return only the copy, no commentary."
        )

    def _run(self, product: str, audience: str, channel: str = "email", tone: str = "confident, warm") -> str:
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": self._prompt(product, audience, channel, tone)},
            ],
            temperature=self.temperature,
            max_tokens=600,
        )
        text = resp.choices[0].message.content or ""
        logger.debug("copywriter %s tokens=%s", channel, resp.usage.total_tokens if resp.usage else "?")
        return text.strip()

    async def _arun(self, product: str, audience: str, channel: str = "email", tone: str = "confident, warm") -> str:
        resp = await self._aclient.responses.create(
            model=self.model,
            instructions=SYSTEM_PROMPT,
            input=self._prompt(product, audience, channel, tone),
            temperature=self.temperature,
            max_output_tokens=600,
        )
        return resp.output_text.strip()

    def variants(self, product: str, audience: str, channel: str, n: int = 3) -> CopyVariants:
        """Structured A/B variants; used by the content crew's after-kickoff hook and the API."""
        completion = self._client.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": self._prompt(product, audience, channel, "varied")
                    + f"\n\nProduce {n} distinct variants with a one-line rationale each.",
                },
            ],
            response_format=CopyVariants,
            temperature=1.0,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            raise ValueError(f"model refused: {completion.choices[0].message.refusal}")
        return parsed
