"""Post-deploy smoke checks, run by the deploy workflow after `modal deploy`.

Checks the public gateway end to end, then checks the two upstreams we have
had key-rotation incidents with directly, so a failure tells us whether it's
us or them.

    python -m scripts.smoke --gateway https://platform-ml--gateway.modal.run
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import requests
from cerebras.cloud.sdk import Cerebras

PROMPT = [{"role": "user", "content": "Reply with the single word: pong"}]


def check_gateway(base: str, key: str) -> bool:
    r = requests.post(
        f"{base}/v1/chat/completions",
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "llama-3.1-8b-fast", "messages": PROMPT, "max_tokens": 5},
        timeout=60,
    )
    ok = r.status_code == 200 and "pong" in r.text.lower()
    print(f"gateway           {'ok' if ok else 'FAIL'} ({r.status_code})")
    return ok


def check_cerebras_direct() -> bool:
    started = time.time()
    try:
        out = Cerebras(api_key=os.environ["CEREBRAS_API_KEY"]).chat.completions.create(
            model="llama3.1-8b", messages=PROMPT, max_completion_tokens=5
        )
        ok = "pong" in (out.choices[0].message.content or "").lower()
    except Exception as exc:  # noqa: BLE001
        print(f"cerebras direct   FAIL ({exc})")
        return False
    print(f"cerebras direct   {'ok' if ok else 'FAIL'} ({time.time() - started:.2f}s)")
    return ok


def check_sambanova_direct() -> bool:
    r = requests.post(
        "https://api.sambanova.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['SAMBANOVA_API_KEY']}"},
        json={"model": "Meta-Llama-3.1-8B-Instruct", "messages": PROMPT, "max_tokens": 5},
        timeout=30,
    )
    print(f"sambanova direct  {'ok' if r.ok else 'FAIL'} ({r.status_code})")
    return r.ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gateway", required=True)
    parser.add_argument("--skip-upstreams", action="store_true")
    args = parser.parse_args()

    results = [check_gateway(args.gateway.rstrip("/"), os.environ["GATEWAY_SMOKE_KEY"])]
    if not args.skip_upstreams:
        results += [check_cerebras_direct(), check_sambanova_direct()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
