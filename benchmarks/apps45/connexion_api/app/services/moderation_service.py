"""Moderation: OpenAI moderation endpoint, with an LLM escalation for borderline text."""
import logging
from dataclasses import dataclass

from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.prompts import MODERATION_ESCALATION

log = logging.getLogger(__name__)

BORDERLINE = 0.35


@dataclass
class Verdict:
    flagged: bool
    categories: dict
    decision: str
    escalated: bool = False


class ModerationService:
    def __init__(self, openai_client):
        self._client = openai_client

    def score(self, text):
        result = self._client.moderations.create(
            model="omni-moderation-latest", input=text
        ).results[0]
        return result

    async def check(self, text, strict=False, tenant=None):
        result = self.score(text)
        scores = result.category_scores.model_dump()
        top = max(scores.values()) if scores else 0.0
        if result.flagged:
            return Verdict(True, scores, "BLOCK")
        if top < BORDERLINE and not strict:
            return Verdict(False, scores, "ALLOW")
        decision = await multi_model_service.generate_response(
            prompt=MODERATION_ESCALATION.format(text=text),
            task_type="moderation_escalation",
            complexity=TaskComplexity.SIMPLE,
            tenant=tenant,
            max_tokens=5,
        )
        decision = (decision or "REVIEW").strip().upper()
        return Verdict(decision == "BLOCK", scores, decision, escalated=True)

    def score_many(self, texts):
        """Batch moderation for the nightly re-scan of stored conversations."""
        out = []
        for i in range(0, len(texts), 32):
            batch = texts[i:i + 32]
            resp = self._client.moderations.create(model="omni-moderation-latest", input=batch)
            out.extend(r.flagged for r in resp.results)
        return out
