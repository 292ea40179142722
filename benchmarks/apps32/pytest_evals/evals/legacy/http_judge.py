"""Judge that talked to Anthropic over raw HTTP before we added the SDK dependency."""
import os

import requests

API_URL = "https://api.anthropic.com/v1/messages"


def judge_http(prompt: str, model: str = "claude-3-haiku-20240307") -> str:
    r = requests.post(
        API_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": 256, "messages": [{"role": "user", "content": prompt}]},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def post_results_to_dashboard(payload: dict) -> None:
    requests.post(os.environ["EVAL_DASHBOARD_URL"] + "/api/runs", json=payload, timeout=10)
