#!/usr/bin/env python
"""Ops smoke test: can we reach every AI vendor with the configured keys?

Prints OK/FAIL per vendor. Uses cheap calls (model listing) where possible.
"""
import os
import sys

import requests
from anthropic import Anthropic
from mistralai import Mistral
from openai import OpenAI


def check_openai():
    models = OpenAI().models.list()
    return any(m.id.startswith("gpt-4o") for m in models)


def check_anthropic():
    page = Anthropic().models.list(limit=5)
    return bool(page.data)


def check_mistral():
    return bool(Mistral(api_key=os.environ["MISTRAL_API_KEY"]).models.list().data)


def check_deepseek():
    deepseek = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    reply = deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "user", "content": "ping"}],
        max_tokens=1,
    )
    return bool(reply.choices)


def check_gateway():
    url = os.environ.get("LLM_GATEWAY_URL", "https://llm-gateway.internal.pipeline.io/v1")
    r = requests.post(
        url + "/chat/completions",
        headers={"Authorization": "Bearer " + os.environ.get("LLM_GATEWAY_TOKEN", "")},
        json={
            "model": "llama-3.1-70b-instruct",
            "messages": [{"role": "user", "content": "ping"}],
            "max_tokens": 1,
        },
        timeout=10,
    )
    return r.status_code == 200


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "mistral": check_mistral,
    "deepseek": check_deepseek,
    "gateway": check_gateway,
}

if __name__ == "__main__":
    failed = False
    for name, check in CHECKS.items():
        try:
            ok = check()
        except Exception as exc:  # noqa: BLE001
            ok = False
            print(f"{name:<10} FAIL {exc}")
            failed = True
            continue
        print(f"{name:<10} {'OK' if ok else 'FAIL'}")
        failed |= not ok
    sys.exit(1 if failed else 0)
