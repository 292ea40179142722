"""Provider smoke test with plain HTTP (no SDKs), run from the deploy box.

Keeps the request tiny: a couple of tokens per provider.
"""
from __future__ import annotations

import os
import sys
import time

import httpx
import requests

TIMEOUT = 20


def check_mistral() -> str:
    r = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={
            "model": "mistral-small-latest",
            "messages": [{"role": "user", "content": "Say OK"}],
            "max_tokens": 2,
        },
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def check_hf_router() -> str:
    r = httpx.post(
        "https://router.huggingface.co/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['HF_TOKEN']}"},
        json={
            "model": "meta-llama/Llama-3.1-8B-Instruct",
            "messages": [{"role": "user", "content": "Say OK"}],
            "max_tokens": 2,
        },
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def check_cohere_rerank() -> str:
    with httpx.Client(
        base_url="https://api.cohere.com",
        headers={"Authorization": f"Bearer {os.environ['CO_API_KEY']}"},
        timeout=TIMEOUT,
    ) as http:
        r = http.post(
            "/v2/rerank",
            json={"model": "rerank-v3.5", "query": "capital of France", "documents": ["Paris", "Berlin"]},
        )
        r.raise_for_status()
        return str(r.json()["results"][0]["index"])


def check_together_models() -> str:
    # listing only: free, confirms the key
    r = requests.get(
        "https://api.together.xyz/v1/models",
        headers={"Authorization": f"Bearer {os.environ['TOGETHER_API_KEY']}"},
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    return f"{len(r.json())} models"


def report_status(webhook: str, ok: bool, lines: list) -> None:
    # internal status page, not an LLM endpoint
    requests.post(webhook, json={"ok": ok, "lines": lines}, timeout=5)


CHECKS = {
    "mistral": check_mistral,
    "hf": check_hf_router,
    "cohere-rerank": check_cohere_rerank,
    "together-models": check_together_models,
}


def main() -> int:
    failures = 0
    lines = []
    for name, check in CHECKS.items():
        start = time.perf_counter()
        try:
            out = check()
            lines.append(f"{name:16s} ok   {time.perf_counter() - start:5.2f}s  {out!r}")
        except Exception as exc:  # noqa: BLE001
            failures += 1
            lines.append(f"{name:16s} FAIL {exc}")
    print("\n".join(lines))
    if os.environ.get("STATUS_WEBHOOK"):
        report_status(os.environ["STATUS_WEBHOOK"], failures == 0, lines)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
