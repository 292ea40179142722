"""Plain-language explanations of fraud-engine decisions (DeepSeek).

The fraud engine emits rule hits; customers (and agents) get a short
explanation of why a card payment was declined.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from injector import inject

from supportbot.keys import DeepSeekClient
from supportbot.utils import with_retries

log = logging.getLogger(__name__)

CUSTOMER_PROMPT = """Explain, in two friendly sentences and without revealing internal rule
names or thresholds, why this card payment was declined. Suggest the next step."""

AGENT_PROMPT = """You are assisting a fraud operations agent. Given the rule hits and
transaction context as JSON, explain the decision, list the strongest signals and say whether
a manual override looks reasonable. Reply as JSON with keys explanation, signals, override_ok."""


@dataclass
class DeclineContext:
    transaction_id: str
    merchant_category: str
    country: str
    amount_minor: int
    rule_hits: list[str] = field(default_factory=list)
    velocity_24h: int = 0


class FraudExplainer:
    @inject
    def __init__(self, client: DeepSeekClient) -> None:
        self._client = client

    def for_customer(self, ctx: DeclineContext) -> str:
        completion = self._client.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": CUSTOMER_PROMPT},
                {"role": "user", "content": json.dumps(ctx.__dict__)},
            ],
            temperature=0.3,
            max_tokens=120,
        )
        return completion.choices[0].message.content.strip()

    def for_agent(self, ctx: DeclineContext) -> dict:
        completion = with_retries(self._client.chat.completions.create,
            model="deepseek-reasoner",
            messages=[
                {"role": "system", "content": AGENT_PROMPT},
                {"role": "user", "content": json.dumps(ctx.__dict__)},
            ],
            attempts=4,
        )
        raw = completion.choices[0].message.content
        try:
            return json.loads(raw)
        except json.JSONDecodeError:
            log.warning("deepseek returned non-JSON for %s", ctx.transaction_id)
            return {"explanation": raw, "signals": [], "override_ok": False}
