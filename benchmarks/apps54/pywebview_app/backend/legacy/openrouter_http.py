"""Before we used the openai SDK for OpenRouter we called it with httpx.
Still used by the 'compare models' dev panel."""
from __future__ import annotations

import httpx

from backend.settings import load_settings

OPENROUTER_CHAT = "https://openrouter.ai/api/v1/chat/completions"


def compare_models(prompt: str, models: list[str]) -> dict[str, str]:
    key = load_settings().keys.openrouter
    out = {}
    with httpx.Client(timeout=90) as http:
        for model in models:
            r = http.post(
                OPENROUTER_CHAT,
                headers={"Authorization": f"Bearer {key}"},
                json={"model": model, "messages": [{"role": "user", "content": prompt}]},
            )
            if r.status_code != 200:
                out[model] = f"error {r.status_code}"
                continue
            out[model] = r.json()["choices"][0]["message"]["content"]
    return out


def credits() -> float:
    key = load_settings().keys.openrouter
    r = httpx.get("https://openrouter.ai/api/v1/credits", headers={"Authorization": f"Bearer {key}"})
    data = r.json()["data"]
    return data["total_credits"] - data["total_usage"]
