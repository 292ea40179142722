#!/usr/bin/env python
"""Pre-deploy smoke test: one tiny request per provider we depend on.

    python scripts/smoke_models.py [--only openai,groq]
"""
import argparse
import os
import sys
import time

import anthropic
import litellm
import replicate
from openai import OpenAI

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    names = [m.id for m in client.models.list().data][:3]
    resp = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return f"{resp.choices[0].message.content} (models: {', '.join(names)})"


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return msg.content[0].text


def check_fireworks() -> str:
    fw = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url="https://api.fireworks.ai/inference/v1")
    resp = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return resp.choices[0].message.content or ""


def check_litellm_routes() -> str:
    results = []
    for model in ("groq/llama-3.1-8b-instant", "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo"):
        n = litellm.token_counter(model=model, messages=[{"role": "user", "content": PROMPT}])
        r = litellm.completion(model=model, messages=[{"role": "user", "content": PROMPT}], max_tokens=5)
        results.append(f"{model}: {r.choices[0].message.content!r} ({n} prompt tokens est.)")
    return "; ".join(results)


def check_replicate() -> str:
    out = replicate.run(
        "black-forest-labs/flux-schnell",
        input={"prompt": "a small green square", "num_outputs": 1, "num_inference_steps": 1},
    )
    return str(out[0])


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "fireworks": check_fireworks,
    "litellm": check_litellm_routes,
    "replicate": check_replicate,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    selected = [s for s in args.only.split(",") if s] or list(CHECKS)
    failed = 0
    for name in selected:
        t0 = time.perf_counter()
        try:
            result = CHECKS[name]()
            print(f"[ok]   {name:10s} {time.perf_counter() - t0:5.2f}s  {result}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name:10s} {exc}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
