#!/usr/bin/env python
"""Export LLM Usage Log to CSV for finance. Usage: bench --site x execute ... or run via bench console."""

import csv
import sys

import frappe

from ai_helpdesk.llm.tokens import estimate_cost


def export(path="llm_usage.csv", month=None):
    filters = {}
    if month:
        filters["creation"] = ["like", f"{month}%"]
    rows = frappe.get_all(
        "LLM Usage Log",
        filters=filters,
        fields=["creation", "provider", "model", "feature_context", "input_tokens", "output_tokens", "cost_usd"],
        order_by="creation asc",
    )
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["date", "provider", "model", "feature", "in", "out", "cost", "recomputed"])
        for r in rows:
            writer.writerow(
                [
                    r.creation.date(),
                    r.provider,
                    r.model,
                    r.feature_context,
                    r.input_tokens,
                    r.output_tokens,
                    r.cost_usd,
                    estimate_cost(r.model, r.input_tokens, r.output_tokens),
                ]
            )
    print(f"wrote {len(rows)} rows to {path}", file=sys.stderr)
