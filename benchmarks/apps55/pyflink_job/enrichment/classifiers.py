"""Classification helpers. Callers pass in the client so tests can hand in fakes."""
from __future__ import annotations

import json
import logging

from openai import OpenAI

from config.settings import MODELS
from enrichment.client_cache import fireworks_client
from enrichment.prompts import (
    CHAT_TOPIC_SYSTEM,
    CLICK_INTENT_SYSTEM,
    INTENT_LABELS,
    SENTIMENT_PROMPT,
    render_click,
)

logger = logging.getLogger(__name__)

UNKNOWN = "unknown"


def normalise_label(raw: str, allowed: list[str]) -> str:
    label = raw.strip().lower().strip(".").replace(" ", "_")
    return label if label in allowed else UNKNOWN


def classify_click_intent(client, event: dict, model: str | None = None) -> str:
    """Label one click event. ``client`` is an ``openai.OpenAI``-compatible client."""
    resp = client.chat.completions.create(
        model=model or MODELS.classify_model,
        messages=[
            {"role": "system", "content": CLICK_INTENT_SYSTEM},
            {"role": "user", "content": render_click(event)},
        ],
        max_tokens=8,
        temperature=0,
    )
    return normalise_label(resp.choices[0].message.content or "", INTENT_LABELS)


def classify_chat_topic(text: str) -> str:
    """Cheap topic label on Fireworks' llama; used by the Table API job too."""
    resp = fireworks_client().chat.completions.create(
        model=MODELS.fireworks_model,
        messages=[
            {"role": "system", "content": CHAT_TOPIC_SYSTEM},
            {"role": "user", "content": text[:4000]},
        ],
        max_tokens=6,
        temperature=0,
    )
    return (resp.choices[0].message.content or "other").strip().lower()


def classify_sentiment_structured(client: OpenAI, text: str) -> dict:
    """JSON-mode sentiment with a confidence score (experiment, see DATA-1931)."""
    resp = client.chat.completions.create(
        model=MODELS.classify_model,
        response_format={"type": "json_object"},
        messages=[
            {
                "role": "system",
                "content": 'Return JSON {"sentiment": "positive|neutral|negative", "confidence": 0..1}',
            },
            {"role": "user", "content": SENTIMENT_PROMPT.format(text=text)},
        ],
    )
    try:
        return json.loads(resp.choices[0].message.content or "{}")
    except json.JSONDecodeError:
        logger.warning("bad JSON from sentiment model")
        return {"sentiment": "neutral", "confidence": 0.0}


class RuleBasedIntent:
    """Fallback used when the LLM budget for the hour is spent."""

    RULES = (
        ("/checkout", "purchase_intent"),
        ("/cart", "purchase_intent"),
        ("/compare", "compare"),
        ("/help", "support_seeking"),
        ("/account", "account_management"),
    )

    def classify(self, event: dict) -> str:
        path = event.get("path", "")
        for prefix, label in self.RULES:
            if path.startswith(prefix):
                return label
        if event.get("user_agent", "").lower().find("bot") >= 0:
            return "bot_or_noise"
        return "browse"
