"""Triage nodes: moderation + intent classification.

These were written before we moved to `Runtime` context, so they still read the
OpenAI client out of `config["configurable"]` (see api/routes/tickets.py).
"""
from __future__ import annotations

import logging
import re
from typing import Literal

from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel, Field

from app.agents.prompts import TRIAGE_SYSTEM, render_transcript
from app.config import settings
from app.graphs.state import TicketState
from app.providers import get_openai_client

logger = logging.getLogger(__name__)

_KEYWORDS: dict[str, tuple[str, ...]] = {
    "refund": ("refund", "money back", "chargeback", "return"),
    "order_status": ("where is", "tracking", "delivery", "shipped"),
    "billing": ("invoice", "charged twice", "vat", "billing"),
    "technical": ("error", "crash", "login", "password", "app"),
}


class IntentPrediction(BaseModel):
    intent: Literal["refund", "order_status", "technical", "billing", "complaint", "other"]
    confidence: float = Field(ge=0, le=1)
    rationale: str = ""


def _client_from(config: RunnableConfig):
    configurable = config.get("configurable", {})
    client = configurable.get("openai_client")
    if client is None:
        logger.debug("no openai_client in config, falling back to shared client")
        client = get_openai_client()
    return client


def keyword_intent(text: str) -> str | None:
    lowered = text.lower()
    for intent, words in _KEYWORDS.items():
        if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words):
            return intent
    return None


def moderate_input(state: TicketState, config: RunnableConfig) -> dict:
    client = _client_from(config)
    latest = state["messages"][-1]["content"]
    result = client.moderations.create(model="omni-moderation-latest", input=latest)
    flagged = bool(result.results[0].flagged)
    if flagged:
        logger.warning("ticket %s flagged by moderation", state.get("ticket_id"))
    return {"flagged": flagged}


def classify_intent(state: TicketState, config: RunnableConfig) -> dict:
    client = config["configurable"]["openai_client"]
    model = config["configurable"].get("triage_model", settings.triage_model)
    transcript = render_transcript(state["messages"][-6:])

    completion = client.beta.chat.completions.parse(
        model=model,
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": transcript},
        ],
        response_format=IntentPrediction,
        temperature=0,
    )
    prediction = completion.choices[0].message.parsed
    if prediction is None:
        guess = keyword_intent(transcript) or "other"
        return {"intent": guess, "confidence": 0.3, "attempts": state.get("attempts", 0) + 1}
    return {"intent": prediction.intent, "confidence": prediction.confidence}


_INTENT_ANCHORS = {
    "refund": "I want my money back for this order",
    "order_status": "Where is my package, it has not arrived",
    "technical": "The app crashes when I log in",
    "billing": "I was charged twice on my card",
    "complaint": "Your service is terrible and I am unhappy",
}


def embedding_fallback(state: TicketState, config: RunnableConfig) -> dict:
    """Cheap nearest-anchor classifier used when the LLM is unsure (confidence < 0.5)."""
    client = _client_from(config)
    text = state["messages"][-1]["content"]
    labels = list(_INTENT_ANCHORS)
    resp = client.embeddings.create(
        model="text-embedding-3-small",
        input=[text, *(_INTENT_ANCHORS[label] for label in labels)],
    )
    vectors = [d.embedding for d in resp.data]
    query, anchors = vectors[0], vectors[1:]
    scores = [sum(a * b for a, b in zip(query, anchor)) for anchor in anchors]
    best = max(range(len(scores)), key=scores.__getitem__)
    return {"intent": labels[best], "confidence": round(float(scores[best]), 3)}


def route_after_moderation(state: TicketState) -> Literal["classify", "escalate"]:
    return "escalate" if state.get("flagged") else "classify"


def route_after_classify(state: TicketState) -> str:
    if state.get("confidence", 0.0) < 0.5 and state.get("attempts", 0) < 1:
        return "fallback"
    intent = state.get("intent", "other")
    if intent == "refund":
        return "refund_handoff"
    if intent in ("complaint",):
        return "escalate"
    if intent == "order_status":
        return "research"
    return "retrieve"
