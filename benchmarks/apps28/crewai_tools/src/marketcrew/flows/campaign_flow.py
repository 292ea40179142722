"""End-to-end campaign flow: classify -> plan (crew) -> write (crew) -> pick -> localise."""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Any

from cerebras.cloud.sdk import Cerebras
from crewai.flow.flow import Flow, listen, or_, router, start
from pydantic import BaseModel, Field

from marketcrew.clients import get_async_anthropic, get_async_openai, get_cerebras, get_genai, get_xai
from marketcrew.config import settings
from marketcrew.crews import CampaignCrew, ContentCrew
from marketcrew.flows import steps
from marketcrew.services.llm_usage_tracker import current_campaign_id, llm_tracker
from marketcrew.services.notifier import post_webhook
from marketcrew.utils import parse_json_loose

logger = logging.getLogger(__name__)

CLASSIFY_PROMPT = """Classify this marketing brief. Reply with JSON:
{"motion": "b2b" | "b2c", "urgency": "low" | "normal" | "high", "needs_research": bool}

Brief:
"""


class CampaignState(BaseModel):
    campaign_id: str = Field(default_factory=lambda: uuid.uuid4().hex[:10])
    brief: str = ""
    product: str = ""
    audience: str = ""
    channels: list[str] = Field(default_factory=lambda: ["email", "linkedin"])
    locales: list[str] = Field(default_factory=lambda: ["en-US"])
    budget_usd: float = 5000.0
    motion: str = "b2b"
    urgency: str = "normal"
    plan: dict[str, Any] = Field(default_factory=dict)
    variants: list[str] = Field(default_factory=list)
    winner: str = ""
    localized: dict[str, str] = Field(default_factory=dict)
    errors: list[str] = Field(default_factory=list)


class CampaignFlow(Flow[CampaignState]):
    def __init__(self, fast_llm: Cerebras | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.fast_llm = fast_llm or get_cerebras()

    @start()
    def classify_brief(self) -> dict[str, Any]:
        current_campaign_id.set(self.state.campaign_id)
        resp = self.fast_llm.chat.completions.create(
            model=settings.fast_model,
            messages=[{"role": "user", "content": CLASSIFY_PROMPT + self.state.brief}],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            data = parse_json_loose(resp.choices[0].message.content or "{}")
        except ValueError:
            data = {}
        self.state.motion = data.get("motion", "b2b")
        self.state.urgency = data.get("urgency", "normal")
        return data

    @router(classify_brief)
    def route_motion(self) -> str:
        return "b2c" if self.state.motion == "b2c" else "b2b"

    def _plan_inputs(self, extra_guidance: str) -> dict[str, Any]:
        return {
            "brief": self.state.brief + "\n\n" + extra_guidance,
            "product": self.state.product,
            "audience": self.state.audience,
            "channels": ", ".join(self.state.channels),
            "budget_usd": self.state.budget_usd,
        }

    @listen("b2b")
    def plan_b2b(self) -> dict[str, Any]:
        inputs = self._plan_inputs("Motion: B2B. Favour LinkedIn, email nurture and search.")
        result = CampaignCrew(campaign_id=self.state.campaign_id).crew().kickoff(inputs=inputs)
        self.state.plan = result.pydantic.model_dump() if result.pydantic else {"raw": result.raw}
        return self.state.plan

    @listen("b2c")
    def plan_b2c(self) -> dict[str, Any]:
        inputs = self._plan_inputs("Motion: B2C. Favour Instagram, X and email promos.")
        result = CampaignCrew(campaign_id=self.state.campaign_id).crew().kickoff(inputs=inputs)
        self.state.plan = result.pydantic.model_dump() if result.pydantic else {"raw": result.raw}
        return self.state.plan

    @listen(or_(plan_b2b, plan_b2c))
    async def write_copy(self) -> list[str]:
        crew = ContentCrew(campaign_id=self.state.campaign_id).crew()
        result = await crew.kickoff_async(
            inputs={"plan": json.dumps(self.state.plan), "product": self.state.product, "audience": self.state.audience}
        )
        variants = []
        if result.pydantic is not None:
            variants = [f"{v.headline}\n{v.body}\n{v.cta}" for v in result.pydantic.variants]
        if not variants:
            # fall back to a quick draft from the fast model so the flow can still finish
            draft = await asyncio.to_thread(
                self.fast_llm.chat.completions.create,
                model=settings.fast_model,
                messages=[{"role": "user", "content": f"Write 3 short ad variants separated by ---:\n{result.raw}"}],
                max_tokens=600,
            )
            variants = [v.strip() for v in (draft.choices[0].message.content or "").split("---") if v.strip()]
        self.state.variants = variants
        return variants

    @listen(write_copy)
    async def pick_winner(self) -> str:
        if len(self.state.variants) <= 1:
            self.state.winner = self.state.variants[0] if self.state.variants else ""
            return self.state.winner

        scores = await steps.score_variants(
            get_async_anthropic(), self.state.variants, self.state.audience, settings.brand_voice_model
        )
        ranked = sorted(zip(scores, self.state.variants), reverse=True)
        top_two = [v for _, v in ranked[:2]]

        async with llm_tracker.track_llm_call(
            provider="openai",
            model=settings.copy_model,
            feature_context="campaign_flow.pick_winner",
        ) as usage_log:
            resp = await get_async_openai().chat.completions.create(
                model=settings.copy_model,
                messages=[
                    {"role": "system", "content": "Pick the stronger ad. Reply with exactly 'A' or 'B'."},
                    {"role": "user", "content": f"A:\n{top_two[0]}\n\nB:\n{top_two[1]}"},
                ],
                max_tokens=2,
                temperature=0,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens

        choice = (resp.choices[0].message.content or "A").strip().upper()
        self.state.winner = top_two[1] if choice.startswith("B") else top_two[0]
        return self.state.winner

    @listen(pick_winner)
    def localize(self) -> dict[str, str]:
        self.state.localized = steps.localize_copy(get_genai(), self.state.winner, self.state.locales)
        return self.state.localized

    @listen(localize)
    def announce(self) -> None:
        try:
            digest = steps.slack_digest(get_xai(), self.state.plan, model=settings.grok_model)
        except Exception as exc:  # grok is best-effort
            logger.warning("slack digest failed: %s", exc)
            digest = f"Campaign {self.state.campaign_id} is ready."
        post_webhook(digest)


def kickoff(brief: str, product: str, audience: str, **extra: Any) -> CampaignState:
    flow = CampaignFlow()
    flow.kickoff(inputs={"brief": brief, "product": product, "audience": audience, **extra})
    return flow.state
