#!/usr/bin/env python
"""Quick connectivity check for every provider key in the environment.

Deliberately does not use the wrappers: when something breaks we want to know whether
it's the key/endpoint or our code.
"""
from __future__ import annotations

import argparse
import os
import sys

import anthropic
import requests
from huggingface_hub import InferenceClient
from openai import OpenAI
from together import Together

PROMPT = "Reply with the single word: pong"


def check_openai() -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT}], max_tokens=5
    )
    return r.choices[0].message.content


def check_anthropic() -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-20241022", max_tokens=5, messages=[{"role": "user", "content": PROMPT}]
    )
    return r.content[0].text


def check_together() -> str:
    r = Together().chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_fireworks() -> str:
    fw = OpenAI(api_key=os.environ["FIREWORKS_API_KEY"], base_url="https://api.fireworks.ai/inference/v1")
    r = fw.chat.completions.create(
        model="accounts/fireworks/models/llama-v3p1-8b-instruct",
        messages=[{"role": "user", "content": PROMPT}],
        max_tokens=5,
    )
    return r.choices[0].message.content


def check_hf() -> str:
    client = InferenceClient(token=os.environ.get("HF_TOKEN"))
    out = client.chat_completion(
        messages=[{"role": "user", "content": PROMPT}],
        model="HuggingFaceH4/zephyr-7b-beta",
        max_tokens=5,
    )
    return out.choices[0].message.content


def check_ollama() -> str:
    host = os.environ.get("OLLAMA_HOST", "http://localhost:11434")
    r = requests.post(
        f"{host}/api/chat",
        json={"model": "llama3.1:8b", "messages": [{"role": "user", "content": PROMPT}], "stream": False},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["message"]["content"]


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "together": check_together,
    "fireworks": check_fireworks,
    "hf": check_hf,
    "ollama": check_ollama,
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("providers", nargs="*", default=list(CHECKS))
    args = ap.parse_args()
    failed = 0
    for name in args.providers:
        try:
            out = CHECKS[name]()
            print(f"[ok]   {name:10s} -> {out!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"[FAIL] {name:10s} -> {type(exc).__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
