#!/usr/bin/env python3
"""Compare digest prompts across cheap models.

Uses plain httpx against Mistral so it runs in CI without the SDK, plus the Mistral SDK for
the 'fim' baseline.  Results go to bench_results.jsonl.
"""

from __future__ import annotations

import json
import os
import pathlib
import time

import httpx
from mistralai import Mistral

MISTRAL_URL = "https://api.mistral.ai/v1/chat/completions"
FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "logbook"
MODELS = ["mistral-small-latest", "ministral-8b-latest", "open-mistral-nemo"]


def run_http(model: str, system_prompt: str, log_text: str) -> dict:
    started = time.perf_counter()
    resp = httpx.post(
        MISTRAL_URL,
        headers={"Authorization": f"Bearer {os.environ['MISTRAL_API_KEY']}"},
        json={
            "model": model,
            "messages": [
                {"role": "system", "content": system_prompt},
                {"role": "user", "content": log_text},
            ],
            "temperature": 0.3,
        },
        timeout=60,
    )
    resp.raise_for_status()
    body = resp.json()
    return {
        "model": model,
        "latency": round(time.perf_counter() - started, 2),
        "usage": body.get("usage"),
        "text": body["choices"][0]["message"]["content"],
    }


def run_sdk(client: Mistral, model: str, system_prompt: str, log_text: str) -> dict:
    started = time.perf_counter()
    res = client.chat.complete(
        model=model,
        messages=[
            {"role": "system", "content": system_prompt},
            {"role": "user", "content": log_text},
        ],
        temperature=0.3,
    )
    return {
        "model": model,
        "latency": round(time.perf_counter() - started, 2),
        "usage": res.usage.model_dump() if res.usage else None,
        "text": res.choices[0].message.content,
    }


def main() -> None:
    system_prompt = (FIXTURES / "prompt.txt").read_text()
    out = pathlib.Path("bench_results.jsonl").open("a")
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        for fixture in sorted(FIXTURES.glob("*.log")):
            log_text = fixture.read_text()
            for model in MODELS:
                out.write(json.dumps({"fixture": fixture.name, "via": "http", **run_http(model, system_prompt, log_text)}) + "\n")
            out.write(json.dumps({"fixture": fixture.name, "via": "sdk", **run_sdk(client, MODELS[0], system_prompt, log_text)}) + "\n")
    out.close()


if __name__ == "__main__":
    main()
