"""Intent classifier for inbound tickets (Groq, low latency)."""
from __future__ import annotations

import json
import re

from groq import Groq

from app.clients import get_groq_client
from app.config import get_settings
from app.models import Classification
from app.prompts import CLASSIFY_SYSTEM

_LABEL_RE = re.compile(r"[a-z_]+")


class KeywordClassifier:
    """Cheap pre-filter; no model involved."""

    RULES = {
        "billing": ("invoice", "refund", "charge", "card"),
        "sales": ("pricing", "quote", "demo", "upgrade"),
        "support": ("error", "bug", "crash", "broken", "login"),
    }

    def classify(self, text: str) -> Classification | None:
        lowered = text.lower()
        for label, words in self.RULES.items():
            if any(w in lowered for w in words):
                return Classification(label=label, confidence=0.6, model="keywords")
        return None


class IntentClassifier:
    def __init__(self, client: Groq | None = None, labels: tuple[str, ...] | None = None):
        settings = get_settings()
        self._client = client if client is not None else get_groq_client()
        self.labels = labels or settings.labels
        self.model = settings.groq_model
        self.prefilter = KeywordClassifier()

    def _normalise(self, raw: str) -> str:
        match = _LABEL_RE.search(raw.strip().lower())
        label = match.group(0) if match else "other"
        return label if label in self.labels else "other"

    def classify(self, text: str, use_prefilter: bool = True) -> Classification:
        if use_prefilter:
            quick = self.prefilter.classify(text)
            if quick is not None:
                return quick
        response = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM.format(labels=", ".join(self.labels))},
                {"role": "user", "content": text},
            ],
            temperature=0,
            max_tokens=8,
        )
        label = self._normalise(response.choices[0].message.content)
        return Classification(label=label, confidence=0.9, model=self.model)

    def classify_with_scores(self, text: str) -> dict[str, float]:
        response = self._client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {
                    "role": "system",
                    "content": "Return a JSON object mapping each label to a probability. Labels: "
                    + ", ".join(self.labels),
                },
                {"role": "user", "content": text},
            ],
        )
        scores = json.loads(response.choices[0].message.content)
        return {k: float(v) for k, v in scores.items() if k in self.labels}
