"""Moderation gate used by plugins/moderate.py."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Dict, Optional

LOGGER = logging.getLogger(__name__)

# categories we actually act on; the rest are logged only
ACTIONABLE = {"harassment", "harassment/threatening", "hate", "hate/threatening", "sexual/minors"}
MISTRAL_ACTIONABLE = {"hate_and_discrimination", "violence_and_threats", "sexual"}


@dataclass
class Verdict:
    flagged: bool
    categories: Dict[str, float] = field(default_factory=dict)
    engine: str = ""

    def worst(self) -> Optional[str]:
        if not self.categories:
            return None
        return max(self.categories, key=self.categories.get)


class ModerationGate:
    def __init__(self, openai_client=None, mistral_client=None, threshold: float = 0.8):
        self._openai = openai_client
        self._mistral = mistral_client
        self.threshold = threshold

    def check_openai(self, text: str) -> Verdict:
        result = self._openai.moderations.create(
            model="omni-moderation-latest",
            input=text,
        ).results[0]
        scores = result.category_scores.model_dump(by_alias=True)
        hits = {k: v for k, v in scores.items() if k in ACTIONABLE and v >= self.threshold}
        return Verdict(bool(hits) and result.flagged, hits, "openai")

    def check_mistral(self, text: str, context: Optional[list] = None) -> Verdict:
        inputs = list(context or []) + [{"role": "user", "content": text}]
        res = self._mistral.classifiers.moderate_chat(
            model="mistral-moderation-latest",
            inputs=inputs,
        )
        scores = res.results[0].category_scores
        hits = {k: v for k, v in scores.items() if k in MISTRAL_ACTIONABLE and v >= self.threshold}
        return Verdict(bool(hits), hits, "mistral")

    def check(self, text: str, engine: str = "openai", context: Optional[list] = None) -> Verdict:
        if engine == "mistral" or (engine == "both" and self._openai is None):
            return self.check_mistral(text, context)
        verdict = self.check_openai(text)
        if engine == "both" and not verdict.flagged and self._mistral is not None:
            return self.check_mistral(text, context)
        return verdict
