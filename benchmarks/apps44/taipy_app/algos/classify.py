"""Ticket classification.

v1 used the OpenAI model via the registry; v2 (this) uses Claude tool-use so
we get a confidence back.  Bedrock is the fallback when the Anthropic API is
rate limiting us (same model family, different quota).
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pandas as pd

from config.settings import settings
from llm import build_classification_prompt, get_anthropic_client, get_bedrock_runtime
from llm.prompts import TICKET_LABELS, parse_label
from llm.registry import complete_with

log = logging.getLogger(__name__)

CLASSIFY_TOOL = {
    "name": "record_label",
    "description": "Record the ticket's category and a confidence between 0 and 1.",
    "input_schema": {
        "type": "object",
        "properties": {
            "label": {"type": "string", "enum": TICKET_LABELS},
            "confidence": {"type": "number"},
        },
        "required": ["label", "confidence"],
    },
}


@dataclass
class Prediction:
    label: str
    confidence: float
    source: str


class TicketClassifier:
    def __init__(self, model: str | None = None, client=None, bedrock=None) -> None:
        self.model = model or settings.classifier_model
        self.client = client or get_anthropic_client()
        self.bedrock = bedrock or get_bedrock_runtime()

    def predict(self, subject: str, body: str) -> Prediction:
        prompt = build_classification_prompt(subject, body)
        try:
            msg = self.client.messages.create(
                model=self.model,
                max_tokens=200,
                tools=[CLASSIFY_TOOL],
                tool_choice={"type": "tool", "name": "record_label"},
                messages=[{"role": "user", "content": prompt}],
            )
            for block in msg.content:
                if block.type == "tool_use":
                    return Prediction(block.input["label"], float(block.input["confidence"]), "anthropic")
        except Exception as exc:
            if type(exc).__name__ not in ("RateLimitError", "OverloadedError", "InternalServerError"):
                raise
            log.warning("anthropic unavailable (%s); falling back to bedrock", exc)
        return self._predict_bedrock(prompt)

    def _predict_bedrock(self, prompt: str) -> Prediction:
        out = self.bedrock.converse(
            modelId="anthropic.claude-3-haiku-20240307-v1:0",
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 20, "temperature": 0},
        )
        text = out["output"]["message"]["content"][0]["text"]
        return Prediction(parse_label(text), 0.5, "bedrock")


def classify_tickets(tickets: pd.DataFrame) -> pd.DataFrame:
    """taipy.core task: tickets (csv) -> classified_tickets."""
    clf = TicketClassifier()
    df = tickets.copy()
    rows = list(df[["subject", "body"]].fillna("").itertuples(index=False, name=None))
    with ThreadPoolExecutor(max_workers=4) as pool:
        preds = list(pool.map(lambda r: clf.predict(*r), rows))
    df["label"] = [p.label for p in preds]
    df["confidence"] = [p.confidence for p in preds]
    df["source"] = [p.source for p in preds]
    return df


def classify_quick(subject: str, body: str, provider: str = "openai") -> str:
    """Used by the Tickets page's "try it" box: cheaper, no tool-use."""
    text = complete_with(provider, build_classification_prompt(subject, body), system="Answer with one label.")
    return parse_label(text)
