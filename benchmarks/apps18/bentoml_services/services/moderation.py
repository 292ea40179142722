"""Moderation gateway: every user-facing request goes through ``check`` first."""

from __future__ import annotations

import asyncio
import logging

import bentoml

from mlserve.clients import get_async_openai_client, get_bedrock_runtime
from mlserve.config import get_settings
from mlserve.prompts import GUARDIAN_TEMPLATE
from mlserve.providers.watsonx_adapter import get_model_inference
from mlserve.types import ModerationVerdict

logger = logging.getLogger("bentoml.moderation")


def verdict_from_openai(result, threshold: float) -> ModerationVerdict:
    scores = result.category_scores.model_dump()
    top = max(scores.items(), key=lambda kv: kv[1] or 0.0)
    return ModerationVerdict(
        flagged=result.flagged or (top[1] or 0.0) >= threshold,
        categories={k: float(v or 0.0) for k, v in scores.items()},
        source="openai",
        reason=top[0] if result.flagged else None,
    )


@bentoml.service(resources={"cpu": "1"}, traffic={"timeout": 20, "concurrency": 128})
class ModerationGateway:
    def __init__(self) -> None:
        self.cfg = get_settings().moderation
        self.openai = get_async_openai_client()
        self.guardian = get_model_inference(self.cfg.guardian_model)
        self.bedrock = get_bedrock_runtime()

    @bentoml.api
    async def check(self, text: str) -> ModerationVerdict:
        response = await self.openai.moderations.create(model=self.cfg.openai_model, input=text)
        return verdict_from_openai(response.results[0], self.cfg.block_threshold)

    @bentoml.api
    async def check_guardian(self, text: str) -> ModerationVerdict:
        raw = await asyncio.to_thread(
            self.guardian.generate_text,
            prompt=GUARDIAN_TEMPLATE.format(text=text),
            params={"max_new_tokens": 5, "decoding_method": "greedy"},
        )
        label = str(raw).strip().lower()
        return ModerationVerdict(flagged=label.startswith("yes"), source="granite-guardian", reason=label)

    @bentoml.api
    def check_guardrail(self, text: str, source: str = "INPUT") -> ModerationVerdict:
        if not self.cfg.bedrock_guardrail_id:
            return ModerationVerdict(flagged=False, source="bedrock-guardrail", reason="disabled")
        resp = self.bedrock.apply_guardrail(
            guardrailIdentifier=self.cfg.bedrock_guardrail_id,
            guardrailVersion=self.cfg.bedrock_guardrail_version,
            source=source,
            content=[{"text": {"text": text}}],
        )
        intervened = resp["action"] == "GUARDRAIL_INTERVENED"
        return ModerationVerdict(flagged=intervened, source="bedrock-guardrail", reason=resp.get("actionReason"))

    @bentoml.api
    async def check_all(self, text: str) -> list[ModerationVerdict]:
        results = await asyncio.gather(
            self.check(text),
            self.check_guardian(text),
            asyncio.to_thread(self.check_guardrail, text),
            return_exceptions=True,
        )
        verdicts: list[ModerationVerdict] = []
        for r in results:
            if isinstance(r, BaseException):
                logger.warning("moderation backend failed: %r", r)
                continue
            verdicts.append(r)
        return verdicts
