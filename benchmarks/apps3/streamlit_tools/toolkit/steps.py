"""Steps for the review-mining pipeline."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Optional

from google.genai import types

from toolkit.clients import get_cohere, get_genai, get_hf
from toolkit.config import settings

logger = logging.getLogger(__name__)

_WS = re.compile(r"\s+")


@dataclass
class ReviewBatch:
    product: str
    reviews: list[str]
    summary: str = ""
    themes: list[dict] = field(default_factory=list)
    sentiment: dict[str, float] = field(default_factory=dict)


def clean_reviews(batch: ReviewBatch) -> ReviewBatch:
    batch.reviews = [_WS.sub(" ", r).strip() for r in batch.reviews if r and r.strip()]
    return batch


def drop_duplicates(batch: ReviewBatch) -> ReviewBatch:
    seen: set[str] = set()
    unique = []
    for review in batch.reviews:
        key = review.lower()
        if key not in seen:
            seen.add(key)
            unique.append(review)
    logger.info("dropped %d duplicate reviews", len(batch.reviews) - len(unique))
    batch.reviews = unique
    return batch


class Summarize:
    """Executive summary of the reviews with Gemini."""

    def __init__(self, model: Optional[str] = None, max_reviews: int = 400) -> None:
        self.model = model or settings.gemini_model
        self.max_reviews = max_reviews
        self._client = get_genai()

    def __call__(self, batch: ReviewBatch) -> ReviewBatch:
        joined = "\n".join(f"- {r}" for r in batch.reviews[: self.max_reviews])
        response = self._client.models.generate_content(
            model=self.model,
            contents=f"Summarise what customers say about {batch.product} in 5 bullet points:\n{joined}",
            config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=800),
        )
        batch.summary = response.text or ""
        return batch


class ExtractThemes:
    """Recurring themes with Cohere Command R+."""

    def __init__(self, max_themes: int = 8) -> None:
        self.max_themes = max_themes
        self._co = get_cohere()

    def __call__(self, batch: ReviewBatch) -> ReviewBatch:
        response = self._co.chat(
            model=settings.cohere_chat_model,
            response_format={"type": "json_object"},
            messages=[
                {
                    "role": "system",
                    "content": f'List up to {self.max_themes} themes as JSON: {{"themes": [{{"theme": str, "count": int}}]}}',
                },
                {"role": "user", "content": "\n".join(batch.reviews[:300])},
            ],
        )
        try:
            batch.themes = json.loads(response.message.content[0].text).get("themes", [])
        except (json.JSONDecodeError, IndexError):
            logger.warning("theme extraction returned unparsable output")
            batch.themes = []
        return batch


class ScoreSentiment:
    """Share of positive / negative / mixed reviews, scored by an open model."""

    labels = ("positive", "negative", "mixed")

    def __init__(self, model: str = "meta-llama/Llama-3.1-8B-Instruct", sample: int = 60) -> None:
        self.model = model
        self.sample = sample
        self._hf = get_hf()

    def __call__(self, batch: ReviewBatch) -> ReviewBatch:
        numbered = "\n".join(f"{i}. {r}" for i, r in enumerate(batch.reviews[: self.sample], 1))
        response = self._hf.chat_completion(
            model=self.model,
            max_tokens=400,
            messages=[
                {"role": "system", "content": "Label each review positive, negative or mixed. One label per line."},
                {"role": "user", "content": numbered},
            ],
        )
        lines = [ln.strip().lower() for ln in (response.choices[0].message.content or "").splitlines()]
        counts = {label: sum(1 for ln in lines if label in ln) for label in self.labels}
        total = sum(counts.values()) or 1
        batch.sentiment = {label: n / total for label, n in counts.items()}
        return batch
