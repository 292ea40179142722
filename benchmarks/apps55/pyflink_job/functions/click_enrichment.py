"""Map functions that put an intent label on click events."""
from __future__ import annotations

import json
import logging

from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import MapFunction

from config.settings import MODELS
from enrichment import get_client, get_router, make_openai_client
from enrichment.classifiers import RuleBasedIntent, classify_click_intent
from enrichment.prompts import CLICK_INTENT_SYSTEM, INTENT_LABELS, render_click
from enrichment.tokens import BudgetGuard

logger = logging.getLogger(__name__)


class ClickIntentMap(MapFunction):
    """One OpenAI request per click. Only used on the sampled 5% stream."""

    def __init__(self, hourly_budget_usd: float = 15.0):
        self.hourly_budget_usd = hourly_budget_usd
        self.client = None
        self.guard = None
        self.fallback = RuleBasedIntent()

    def open(self, runtime_context: RuntimeContext):
        self.client = make_openai_client()
        self.guard = BudgetGuard(self.hourly_budget_usd)
        self._calls = runtime_context.get_metrics_group().counter("llm_calls")

    def map(self, value):
        event = json.loads(value)
        if not self.guard.allow():
            event["intent"] = self.fallback.classify(event)
            event["intent_source"] = "rules"
            return json.dumps(event)
        event["intent"] = classify_click_intent(self.client, event)
        event["intent_source"] = "llm"
        self._calls.inc()
        return json.dumps(event)


class FireworksIntentMap(MapFunction):
    """Same job on Fireworks' llama, about 4x cheaper. A/B running since 2024-10."""

    def open(self, runtime_context: RuntimeContext):
        self.client = get_client("fireworks")
        self.subtask = runtime_context.get_index_of_this_subtask()

    def map(self, value):
        event = json.loads(value)
        completion = self.client.chat.completions.create(
            model=MODELS.fireworks_model,
            messages=[
                {"role": "system", "content": CLICK_INTENT_SYSTEM},
                {"role": "user", "content": render_click(event)},
            ],
            max_tokens=8,
            temperature=0,
        )
        label = (completion.choices[0].message.content or "").strip().lower()
        event["intent"] = label if label in INTENT_LABELS else "unknown"
        event["intent_source"] = f"fireworks/{self.subtask}"
        return json.dumps(event)


class RoutedIntentMap(MapFunction):
    """New style: the router decides the provider. Meant to replace the two above."""

    def open(self, runtime_context: RuntimeContext):
        self.router = get_router()

    def map(self, value):
        event = json.loads(value)
        label = self.router.complete("click_intent", render_click(event), system=CLICK_INTENT_SYSTEM)
        event["intent"] = label.lower() if label.lower() in INTENT_LABELS else "unknown"
        return json.dumps(event)
