"""Review summarisation with Claude (streamed: long inputs, 60s HTTP limits upstream)."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from anthropic import AnthropicVertex

from common.prompts import REVIEW_SUMMARY, SENTIMENT_JSON
from common.text_utils import normalise, strip_code_fences

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 150_000


@dataclass
class ReviewSummary:
    text: str
    input_tokens: int
    output_tokens: int


def _format_reviews(reviews: list[dict]) -> str:
    lines = []
    for r in reviews:
        rating = r.get("rating", "?")
        lines.append(f"[{rating}/5] {normalise(r.get('text', ''))}")
    return "\n".join(lines)


def trim_to_budget(client: AnthropicVertex, model: str, name: str, reviews: list[dict]) -> list[dict]:
    """Drop the oldest reviews until the prompt fits. count_tokens is not billed."""
    reviews = sorted(reviews, key=lambda r: r.get("date", ""), reverse=True)
    while len(reviews) > 5:
        prompt = REVIEW_SUMMARY.substitute(name=name, reviews=_format_reviews(reviews))
        counted = client.messages.count_tokens(
            model=model, messages=[{"role": "user", "content": prompt}]
        )
        if counted.input_tokens <= MAX_INPUT_TOKENS:
            break
        reviews = reviews[: int(len(reviews) * 0.8)]
    return reviews


def summarize_reviews(client: AnthropicVertex, model: str, name: str, reviews: list[dict]) -> ReviewSummary:
    prompt = REVIEW_SUMMARY.substitute(name=name, reviews=_format_reviews(reviews))
    chunks: list[str] = []
    with client.messages.stream(
        model=model,
        max_tokens=800,
        temperature=0.3,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
        final = stream.get_final_message()
    return ReviewSummary(
        text="".join(chunks).strip(),
        input_tokens=final.usage.input_tokens,
        output_tokens=final.usage.output_tokens,
    )


def parse_sentiment(raw: str) -> dict:
    try:
        data = json.loads(strip_code_fences(raw))
    except json.JSONDecodeError:
        log.warning("sentiment was not JSON: %r", raw[:200])
        return {"sentiment": "unknown", "score": None, "flags": []}
    data.setdefault("flags", [])
    return data


SENTIMENT_SYSTEM = SENTIMENT_JSON
