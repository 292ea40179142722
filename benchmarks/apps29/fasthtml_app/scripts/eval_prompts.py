#!/usr/bin/env python
"""Quick prompt eval: run the exec-summary prompt against a few providers and dump
results + token counts as JSON for the Friday review. Not run in CI."""
import json
import os
import sys
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from openai import OpenAI  # noqa: E402
from xai_sdk import Client  # noqa: E402
from xai_sdk.chat import user  # noqa: E402

from proposalwriter.services import services  # noqa: E402
from proposalwriter.tokens import estimate_cost, rough_token_count  # noqa: E402
from proposalwriter.writers.prompts import EXEC_SUMMARY, fill  # noqa: E402

CASES = [
    {"context": "Regional bakery chain, 14 stores", "brief": "New ordering site with click & collect"},
    {"context": "B2B SaaS, Series A", "brief": "Rebrand + marketing site in Webflow"},
    {"context": "Museum", "brief": "Accessible exhibition microsite"},
]


def run_openai(prompts):
    ask = partial(services.openai.chat.completions.create, model="gpt-4o-mini", temperature=0)
    out = []
    for p in prompts:
        resp = ask(messages=[{"role": "user", "content": p}])
        out.append({"text": resp.choices[0].message.content, "in": resp.usage.prompt_tokens,
                    "out": resp.usage.completion_tokens})
    return out


def run_grok(prompts):
    grok = Client(api_key=os.environ["XAI_API_KEY"])
    out = []
    for p in prompts:
        chat = grok.chat.create(model="grok-3-mini")
        chat.append(user(p))
        resp = chat.sample()
        out.append({"text": resp.content, "in": resp.usage.prompt_tokens,
                    "out": resp.usage.completion_tokens})
    return out


def run_sonar(prompts):
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    out = []
    for p in prompts:
        resp = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": p}])
        out.append({"text": resp.choices[0].message.content, "in": resp.usage.prompt_tokens,
                    "out": resp.usage.completion_tokens})
    return out


RUNNERS = {"openai": (run_openai, "gpt-4o-mini"), "xai": (run_grok, "grok-3"), "perplexity": (run_sonar, "sonar-pro")}


def main(which):
    services.start()
    prompts = [fill(EXEC_SUMMARY, context=c["context"], brief=c["brief"], tone="warm") for c in CASES]
    print("approx prompt tokens:", sum(rough_token_count(p) for p in prompts))
    report = {}
    for name in which:
        fn, price_model = RUNNERS[name]
        t0 = time.time()
        results = fn(prompts)
        report[name] = {
            "seconds": round(time.time() - t0, 1),
            "cost": sum(estimate_cost(price_model, r["in"], r["out"]) for r in results),
            "results": results,
        }
    Path("eval_report.json").write_text(json.dumps(report, indent=2))
    print(json.dumps({k: {"seconds": v["seconds"], "cost": v["cost"]} for k, v in report.items()}, indent=2))


if __name__ == "__main__":
    main(sys.argv[1:] or list(RUNNERS))
