#!/usr/bin/env python
"""Pre-compute explanations for the default charts so the first page load is instant.

Run from cron at 06:00 UTC:  python -m scripts.warm_cache --services checkout,search
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from anthropic import Anthropic
from openai import OpenAI

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import prompts  # noqa: E402
from data.sources import METRICS, SERVICES, default_source  # noqa: E402

CACHE_DIR = Path(os.environ.get("OPS_CACHE_DIR", "/var/cache/ops_insights"))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", default=",".join(SERVICES))
    ap.add_argument("--provider", choices=["openai", "anthropic"], default="openai")
    args = ap.parse_args(argv)

    src = default_source()
    openai_client = OpenAI()
    claude = Anthropic()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)

    for svc in args.services.split(","):
        for metric in METRICS:
            df = src.fetch(svc, metric)
            prompt = prompts.chart_explanation_prompt(f"{svc} · {metric}", metric, df)
            if args.provider == "openai":
                r = openai_client.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=prompts.as_chat(prompts.SYSTEM_EXPLAINER, prompt),
                )
                text = r.choices[0].message.content
            else:
                m = claude.messages.create(
                    model="claude-3-5-haiku-20241022",
                    max_tokens=300,
                    system=prompts.SYSTEM_EXPLAINER,
                    messages=prompts.as_anthropic(prompt),
                )
                text = m.content[0].text
            (CACHE_DIR / f"{svc}__{metric}.json").write_text(json.dumps({"text": text}))
            print(f"cached {svc}/{metric}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
