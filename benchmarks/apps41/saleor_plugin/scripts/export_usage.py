#!/usr/bin/env python
"""Export GenerationLog rows with estimated cost to CSV (run via `manage.py shell`)."""
import csv
import sys
from collections import defaultdict

from saleor_ai_content.llm.tokens import estimate_cost
from saleor_ai_content.models import GenerationLog


def main(path="usage.csv"):
    totals = defaultdict(lambda: [0, 0])
    for log in GenerationLog.objects.all().iterator():
        key = (log.feature, log.provider, log.model)
        totals[key][0] += log.input_tokens
        totals[key][1] += log.output_tokens
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["feature", "provider", "model", "input_tokens", "output_tokens", "cost_usd"])
        for (feature, provider, model), (tin, tout) in sorted(totals.items()):
            writer.writerow([feature, provider, model, tin, tout, estimate_cost(model, tin, tout)])
    print(f"wrote {len(totals)} rows", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
