"""Campaign builder: one brief in, a full set of channel drafts out.

Runs as a Reflex background task so the page stays responsive while the
batch fans out. Uses litellm so we can mix providers per channel.
"""
from __future__ import annotations

import asyncio
import logging
from typing import TypedDict

import litellm
import reflex as rx

from studio.backend import settings
from studio.backend.models import Campaign, ContentPiece
from studio.backend.services.notifier import notify

from .base import StudioState

logger = logging.getLogger(__name__)

CHANNEL_MODELS = {
    "linkedin": "anthropic/claude-3-5-sonnet-latest",
    "twitter": "groq/llama-3.3-70b-versatile",
    "email": "gpt-4o-mini",
    "landing_hero": "gpt-4o",
    "ads_google": "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo",
}

CHANNEL_BRIEFS = {
    "linkedin": "a LinkedIn post",
    "twitter": "a thread of 3 tweets",
    "email": "a nurture email with subject line",
    "landing_hero": "a landing page hero: headline, subhead, CTA",
    "ads_google": "3 Google ads (headline max 30 chars, description max 90)",
}


class Draft(TypedDict):
    channel: str
    model: str
    body: str
    cost: float


class CampaignState(StudioState):
    name: str = ""
    brief: str = ""
    audience: str = ""
    channels: list[str] = ["linkedin", "twitter", "email"]
    drafts: list[Draft] = []
    progress: int = 0
    total: int = 0
    running: bool = False
    total_cost: float = 0.0

    @rx.var
    def progress_pct(self) -> int:
        return int(100 * self.progress / self.total) if self.total else 0

    @rx.event
    def toggle_channel(self, channel: str):
        if channel in self.channels:
            self.channels.remove(channel)
        else:
            self.channels.append(channel)

    @rx.event(background=True)
    async def build(self):
        async with self:
            if self.running:
                return
            self.running = True
            self.drafts = []
            self.progress = 0
            self.total = len(self.channels)
            self.total_cost = 0.0
            name, brief, audience, channels = self.name, self.brief, self.audience, list(self.channels)

        campaign = Campaign.create(name=name or "Untitled", brief=brief, audience=audience)
        sem = asyncio.Semaphore(settings.campaign_concurrency)

        async def one(channel: str) -> Draft:
            model = CHANNEL_MODELS.get(channel, "gpt-4o-mini")
            async with sem:
                resp = await litellm.acompletion(
                    model=model,
                    messages=[
                        {"role": "system", "content": "You are a senior B2B copywriter."},
                        {
                            "role": "user",
                            "content": f"Write {CHANNEL_BRIEFS.get(channel, channel)} for this campaign.\n"
                            f"Audience: {audience}\nBrief: {brief}",
                        },
                    ],
                    temperature=0.8,
                    num_retries=2,
                )
            cost = litellm.completion_cost(completion_response=resp)
            return Draft(channel=channel, model=model, body=resp.choices[0].message.content or "", cost=cost)

        for fut in asyncio.as_completed([one(c) for c in channels]):
            try:
                draft = await fut
            except Exception:  # noqa: BLE001
                logger.exception("channel draft failed")
                async with self:
                    self.progress += 1
                continue
            async with self:
                self.drafts.append(draft)
                self.progress += 1
                self.total_cost += draft["cost"]

        with rx.session() as session:
            for d in self.drafts:
                session.add(ContentPiece(campaign_id=campaign.id, channel=d["channel"], body=d["body"], model=d["model"]))
            session.commit()

        async with self:
            self.running = False
        await notify(f"Campaign '{name}' drafted: {len(channels)} channels, ${self.total_cost:.3f}")

    @rx.event(background=True)
    async def regenerate_all_cheap(self):
        """'Draft everything on the cheap model' button: one batch call."""
        async with self:
            prompts = [
                [{"role": "user", "content": f"Write {CHANNEL_BRIEFS[c]} for: {self.brief}"}] for c in self.channels
            ]
            channels = list(self.channels)
        responses = await asyncio.to_thread(
            litellm.batch_completion,
            model="groq/llama-3.1-8b-instant",
            messages=prompts,
            max_tokens=500,
        )
        async with self:
            self.drafts = [
                Draft(channel=c, model="groq/llama-3.1-8b-instant", body=r.choices[0].message.content or "", cost=0.0)
                for c, r in zip(channels, responses)
            ]

    @rx.event
    def estimate_prompt_tokens(self) -> rx.event.EventSpec:
        tokens = litellm.token_counter(model="gpt-4o-mini", text=self.brief)
        return rx.toast.info(f"Brief is ~{tokens} tokens")
