"""Smoke-test vendor keys after a rotation (run from the on-call laptop or CI).

Sends the smallest possible request to each vendor with plain HTTP so that a broken
SDK upgrade can't mask a bad key. Posts a summary to #ml-platform-alerts.
"""
import logging
import os
import sys
from typing import Callable, Dict

import httpx
import requests

from platform_config import endpoints

logger = logging.getLogger("tools.check_vendor_keys")

COHERE_CHAT_URL = "https://api.cohere.com/v2/chat"
TIMEOUT = 20.0


def _bearer(env: str) -> Dict[str, str]:
    return {"Authorization": f"Bearer {os.environ[env]}"}


def check_together() -> str:
    r = httpx.post(
        f"{endpoints.TOGETHER_BASE_URL}/chat/completions",
        headers=_bearer("TOGETHER_API_KEY"),
        json={
            "model": "meta-llama/Llama-3.2-3B-Instruct-Turbo",
            "messages": [{"role": "user", "content": "ping"}],
            "max_tokens": 1,
        },
        timeout=TIMEOUT,
    )
    r.raise_for_status()
    return "ok"


def check_cohere() -> str:
    with requests.Session() as session:
        session.headers.update(_bearer("CO_API_KEY"))
        r = session.post(
            COHERE_CHAT_URL,
            json={
                "model": "command-r7b-12-2024",
                "messages": [{"role": "user", "content": "ping"}],
                "max_tokens": 1,
            },
            timeout=TIMEOUT,
        )
    r.raise_for_status()
    return "ok"


def check_mistral() -> str:
    # listing models is free and enough to validate the key
    r = httpx.get(
        f"{endpoints.MISTRAL_BASE_URL}/models", headers=_bearer("MISTRAL_API_KEY"), timeout=TIMEOUT
    )
    r.raise_for_status()
    return f"ok ({len(r.json().get('data', []))} models)"


CHECKS: Dict[str, Callable[[], str]] = {
    "together": check_together,
    "cohere": check_cohere,
    "mistral": check_mistral,
}


def notify(lines) -> None:
    if not endpoints.SLACK_ALERTS_WEBHOOK:
        return
    requests.post(
        endpoints.SLACK_ALERTS_WEBHOOK,
        json={"text": "vendor key check\n" + "\n".join(lines)},
        timeout=10,
    )


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    lines, failed = [], False
    for name, check in CHECKS.items():
        try:
            lines.append(f"{name}: {check()}")
        except Exception as exc:  # report every vendor, not just the first failure
            failed = True
            lines.append(f"{name}: FAILED {exc}")
    print("\n".join(lines))
    notify(lines)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
