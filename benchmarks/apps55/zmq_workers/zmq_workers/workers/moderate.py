"""Content moderation worker.

Two stages: OpenAI's moderation endpoint first (cheap), then an LLM
classifier for borderline scores.  Gemini gives a second opinion on appeals.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import anthropic

from ..llm import get_anthropic_client, get_openai_client, registry
from ..llm.prompts import CLASSIFY_SYSTEM
from ..protocol import Job
from .base import BaseWorker

log = logging.getLogger(__name__)

BORDERLINE = 0.35
LABELS = {"safe", "spam", "harassment", "self_harm", "sexual", "violence", "other"}


@dataclass
class Verdict:
    label: str
    flagged: bool
    source: str


class LlmClassifier:
    def __init__(self, client: anthropic.Anthropic, model: str = "claude-3-5-haiku-latest") -> None:
        self.client = client
        self.model = model

    def classify(self, text: str) -> Verdict:
        msg = self.client.messages.create(
            model=self.model,
            max_tokens=8,
            system=CLASSIFY_SYSTEM,
            messages=[{"role": "user", "content": text[:8000]}],
        )
        label = msg.content[0].text.strip().lower()
        if label not in LABELS:
            label = "other"
        return Verdict(label=label, flagged=label != "safe", source="claude")


class Worker(BaseWorker):
    name = "moderate"

    def __init__(self, ctx=None) -> None:
        super().__init__(ctx)
        self.openai = get_openai_client()
        self.classifier = LlmClassifier(get_anthropic_client())
        self.handlers = {
            "moderate": self.moderate,
            "classify": self.classify,
            "appeal": self.appeal,
        }

    def moderate(self, job: Job) -> dict:
        text = job.payload["text"]
        res = self.openai.moderations.create(model=self.settings.moderation_model, input=text)
        result = res.results[0]
        scores = result.category_scores.model_dump()
        top = max(scores.values()) if scores else 0.0
        if result.flagged or top < BORDERLINE:
            return {"flagged": result.flagged, "scores": scores, "source": "openai"}
        verdict = self.classifier.classify(text)
        return {"flagged": verdict.flagged, "label": verdict.label, "scores": scores, "source": verdict.source}

    def classify(self, job: Job) -> dict:
        v = self.classifier.classify(job.payload["text"])
        return {"label": v.label, "flagged": v.flagged}

    def appeal(self, job: Job) -> dict:
        gemini = registry.get("google")
        resp = gemini.models.generate_content(
            model="gemini-2.0-flash",
            contents=[
                CLASSIFY_SYSTEM,
                f"Original decision: {job.payload.get('decision')}",
                f"Content:\n{job.payload['text'][:8000]}",
            ],
        )
        label = (resp.text or "other").strip().lower()
        return {"label": label, "overturned": label == "safe"}
