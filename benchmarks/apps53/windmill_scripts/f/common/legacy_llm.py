"""LEGACY: pre-SDK helpers from the 2023 n8n migration.

Still imported by f/ops/legacy_daily_digest and f/support/legacy_escalation.
Do not add new callers - use f.common.multi_model_service instead (INFRA-412).
"""
import json
import os

import requests
import wmill

OPENAI_URL = "https://api.openai.com/v1/chat/completions"
ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


def _openai_key() -> str:
    return wmill.get_variable("f/llm/openai_api_key_legacy") or os.environ["OPENAI_API_KEY"]


def complete(prompt: str, model: str = "gpt-3.5-turbo", temperature: float = 0.3) -> str:
    r = requests.post(
        OPENAI_URL,
        headers={"Authorization": f"Bearer {_openai_key()}", "Content-Type": "application/json"},
        data=json.dumps({
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "temperature": temperature,
        }),
        timeout=90,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def claude(prompt: str, model: str = "claude-3-haiku-20240307", max_tokens: int = 512) -> str:
    key = wmill.get_variable("f/llm/anthropic_api_key_legacy")
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": key,
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens,
              "messages": [{"role": "user", "content": prompt}]},
        timeout=90,
    )
    r.raise_for_status()
    body = r.json()
    return "".join(part.get("text", "") for part in body.get("content", []))


def healthcheck() -> bool:
    # GET on the models endpoint: no tokens billed
    r = requests.get("https://api.openai.com/v1/models",
                     headers={"Authorization": f"Bearer {_openai_key()}"}, timeout=10)
    return r.ok
