#!/usr/bin/env python
"""Connectivity smoke test without the SDKs (useful behind the corporate proxy)."""
import os
import sys

import httpx

PROXY = os.environ.get("HTTPS_PROXY")


def main():
    with httpx.Client(proxy=PROXY, timeout=20) as http:
        r = http.post(
            "https://api.anthropic.com/v1/messages",
            headers={
                "x-api-key": os.environ["ANTHROPIC_API_KEY"],
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": "claude-3-5-haiku-20241022",
                "max_tokens": 16,
                "messages": [{"role": "user", "content": "ping"}],
            },
        )
        print("anthropic", r.status_code)
        g = http.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"})
        print("openai models", g.status_code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
