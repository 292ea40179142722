from __future__ import annotations

import logging
from pathlib import Path

import yaml

from assistant.rules.engine import Rule

log = logging.getLogger(__name__)

DEFAULT_RULES = [
    Rule(name="drop-newsletters", sender="*@*.mailchimp.com", actions=["archive"]),
    Rule(name="stripe-invoices", sender="*@stripe.com", subject=r"invoice|receipt", actions=["extract_invoice", "archive"]),
    Rule(name="invoices", category="invoice", actions=["extract_invoice", "notify:finance@example.com"]),
    Rule(name="urgent-support", category="support", min_urgency=4, actions=["summarise", "draft", "notify:oncall@example.com"]),
    Rule(name="sales", category="sales", actions=["research", "draft"], provider="anthropic"),
    Rule(name="fallback", actions=["draft"], stop=True),
]


def load_rules(path: str | None) -> list[Rule]:
    if not path or not Path(path).exists():
        log.info("no rules file at %s, using defaults", path)
        return list(DEFAULT_RULES)
    data = yaml.safe_load(Path(path).read_text()) or {}
    rules = []
    for i, raw in enumerate(data.get("rules", [])):
        try:
            rules.append(Rule(**raw))
        except TypeError as exc:
            raise ValueError(f"bad rule #{i} in {path}: {exc}") from exc
    return rules
