"""Morning-brief summariser.

Primary: OpenAI Responses API. Fallback: Mistral (EU data residency for the
Frankfurt desk). Clients are injected so the Panel layer can share them.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from deskassist.prompts import BRIEF_TEMPLATE, DESK_SYSTEM, format_history
from deskassist.services.llm_usage_tracker import llm_tracker
from deskassist.settings import settings
from deskassist.utils import with_retries

if TYPE_CHECKING:  # pragma: no cover
    from mistralai import Mistral
    from openai import AsyncOpenAI, OpenAI

log = logging.getLogger(__name__)


class BriefSummarizer:
    def __init__(self, client: "OpenAI", mistral: "Mistral | None" = None, model: str | None = None):
        self._client = client
        self._mistral = mistral
        self.model = model or settings.chat_model

    def build_prompt(self, hub: str, tenor: str, history: list[dict], fundamentals: str) -> str:
        return BRIEF_TEMPLATE.format(
            hub=hub,
            tenor=tenor,
            n_days=len(history),
            history=format_history(history),
            fundamentals=fundamentals or "(none provided)",
        )

    def summarize(self, hub: str, tenor: str, history: list[dict], fundamentals: str = "") -> str:
        prompt = self.build_prompt(hub, tenor, history, fundamentals)
        try:
            resp = self._client.responses.create(
                model=self.model,
                instructions=DESK_SYSTEM,
                input=prompt,
                max_output_tokens=settings.max_output_tokens,
                temperature=settings.temperature,
            )
            return resp.output_text
        except Exception:
            if self._mistral is None:
                raise
            log.exception("OpenAI brief failed, falling back to Mistral")
            return self._summarize_mistral(prompt)

    def _summarize_mistral(self, prompt: str) -> str:
        res = with_retries(
            self._mistral.chat.complete,
            model=settings.mistral_model,
            messages=[
                {"role": "system", "content": DESK_SYSTEM},
                {"role": "user", "content": prompt},
            ],
            max_tokens=settings.max_output_tokens,
        )
        return res.choices[0].message.content


class TrackedBriefSummarizer(BriefSummarizer):
    """Same as above but async and recorded in FinOps. TODO: make this the default."""

    def __init__(self, client: "AsyncOpenAI", model: str | None = None):
        super().__init__(client=client, model=model)  # type: ignore[arg-type]

    async def asummarize(self, hub, tenor, history, fundamentals="", user=None) -> str:
        prompt = self.build_prompt(hub, tenor, history, fundamentals)
        async with llm_tracker.track_llm_call(
            provider="openai", model=self.model, feature_context="morning_brief", user=user
        ) as usage_log:
            resp = await self._client.responses.create(
                model=self.model, instructions=DESK_SYSTEM, input=prompt
            )
            usage_log.input_tokens = resp.usage.input_tokens
            usage_log.output_tokens = resp.usage.output_tokens
        return resp.output_text
