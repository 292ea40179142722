#!/usr/bin/env python
"""Post-deploy smoke test: hits our API and, with --upstream, the OpenAI API directly
(to tell "our bug" from "their outage")."""
from __future__ import annotations

import os
import sys

import httpx

BASE = os.environ.get("ASSISTANT_URL", "http://localhost:8000")


def check_ours() -> bool:
    r = httpx.get(f"{BASE}/api/v1/healthz", timeout=5)
    print("healthz", r.status_code)
    r = httpx.post(f"{BASE}/api/v1/chat/tracked", json={"message": "hello"}, timeout=30)
    print("chat/tracked", r.status_code)
    return r.status_code == 200


def check_upstream() -> bool:
    r = httpx.post(
        "https://api.openai.com/v1/chat/completions",
        headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1},
        timeout=20,
    )
    print("openai upstream", r.status_code)
    return r.status_code == 200


if __name__ == "__main__":
    ok = check_ours()
    if "--upstream" in sys.argv:
        ok = check_upstream() and ok
    sys.exit(0 if ok else 1)
