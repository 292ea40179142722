#!/usr/bin/env python
"""Print the models each provider exposes to our keys (used when bumping defaults)."""
from __future__ import annotations

import json

from doctools import get_anthropic_client, get_cohere_client, get_mistral_client, get_openai_client
from doctools.providers.bedrock import list_text_models
from doctools.tokens import estimate_cost


def main() -> None:
    report = {}
    report["openai"] = sorted(m.id for m in get_openai_client().models.list())
    report["anthropic"] = [m.id for m in get_anthropic_client().models.list(limit=50)]
    report["mistral"] = [m.id for m in (get_mistral_client().models.list().data or [])]
    report["cohere"] = [m.name for m in get_cohere_client().models.list(endpoint="rerank").models]
    report["bedrock"] = list_text_models()
    report["example_cost_usd"] = {
        m: round(estimate_cost(m, 10_000, 500), 4) for m in ("gpt-4o-mini", "claude-3-5-haiku-20241022")
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
