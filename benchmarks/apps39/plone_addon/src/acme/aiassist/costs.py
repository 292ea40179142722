"""Rough token and cost accounting shown in the control panel."""
from acme.aiassist.tracking import llm_tracker
from acme.aiassist.utilities import get_provider
from collections import defaultdict
from plone import api
from zope.annotation.interfaces import IAnnotations

import math


# USD per million tokens (input, output); updated by hand, see CHANGES.rst
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
}


def estimate_tokens(text):
    """Cheap heuristic used when we cannot ask the vendor."""
    return int(math.ceil(len(text or "") / 4.0))


def count_tokens(text, provider_name="anthropic"):
    provider = get_provider(provider_name)
    if hasattr(provider, "count_tokens"):
        try:
            return provider.count_tokens(text)
        except Exception:
            pass
    return estimate_tokens(text)


def completion_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (1.0, 3.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def format_cost(value):
    return "${:,.4f}".format(value)


USAGE_KEY = "acme.aiassist.usage"


def flush_usage_to_site():
    """Move buffered usage logs into a site annotation, per month."""
    portal = api.portal.get()
    storage = IAnnotations(portal).setdefault(USAGE_KEY, {})
    for log in llm_tracker.drain():
        month = log.started.strftime("%Y-%m")
        bucket = storage.setdefault(month, {})
        row = bucket.setdefault(
            (log.provider, log.model, log.feature_context),
            {"calls": 0, "input_tokens": 0, "output_tokens": 0, "errors": 0},
        )
        row["calls"] += 1
        row["input_tokens"] += log.input_tokens
        row["output_tokens"] += log.output_tokens
        row["errors"] += 0 if log.success else 1
    IAnnotations(portal)[USAGE_KEY] = storage


def monthly_report(month):
    storage = IAnnotations(api.portal.get()).get(USAGE_KEY, {})
    totals = defaultdict(float)
    rows = []
    for (provider, model, feature), row in sorted(storage.get(month, {}).items()):
        cost = completion_cost(model, row["input_tokens"], row["output_tokens"])
        totals[provider] += cost
        rows.append(dict(row, provider=provider, model=model, feature=feature, cost=cost))
    return {"rows": rows, "totals": dict(totals), "total": sum(totals.values())}
