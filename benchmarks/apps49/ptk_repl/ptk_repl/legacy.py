"""The original input()-based REPL.

TODO(#112): delete once everyone is on the prompt_toolkit UI. Still used by
`ptk-repl --legacy` when stdin is not a tty (piping into the tool).

Also holds the raw HTTP backends from before we took the SDK dependencies;
they are still used when the SDKs fail to import (the Termux build, where
pydantic-core wheels are unavailable).
"""
from __future__ import annotations

import json
import os
import sys

import httpx
import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = os.environ.get("PTK_LEGACY_MODEL", "gpt-4o-mini")
HISTORY: list[dict] = [{"role": "system", "content": "You are a helpful assistant."}]


def ask(question: str) -> str:
    HISTORY.append({"role": "user", "content": question})
    resp = openai.chat.completions.create(model=MODEL, messages=HISTORY, temperature=0.5)
    answer = resp.choices[0].message.content
    HISTORY.append({"role": "assistant", "content": answer})
    return answer


def embed(text: str) -> list[float]:
    return openai.embeddings.create(model="text-embedding-3-small", input=text).data[0].embedding


ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
DEEPSEEK_URL = "https://api.deepseek.com/chat/completions"


def anthropic_complete(messages: list[dict], model: str = "claude-haiku-4-5", max_tokens: int = 1024) -> str:
    r = httpx.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ["ANTHROPIC_API_KEY"],
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        json={"model": model, "max_tokens": max_tokens, "messages": messages},
        timeout=60,
    )
    r.raise_for_status()
    return "".join(b["text"] for b in r.json()["content"] if b["type"] == "text")


def deepseek_stream(messages: list[dict], model: str = "deepseek-chat"):
    with requests.post(
        DEEPSEEK_URL,
        headers={"Authorization": f"Bearer {os.environ['DEEPSEEK_API_KEY']}"},
        json={"model": model, "messages": messages, "stream": True},
        stream=True,
        timeout=120,
    ) as r:
        r.raise_for_status()
        for raw in r.iter_lines():
            if not raw or not raw.startswith(b"data: "):
                continue
            payload = raw[len(b"data: "):]
            if payload == b"[DONE]":
                break
            delta = json.loads(payload)["choices"][0]["delta"].get("content")
            if delta:
                yield delta


def ping_anthropic() -> bool:
    """Cheap connectivity check: lists models, no generation."""
    r = httpx.get(
        "https://api.anthropic.com/v1/models",
        headers={"x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""), "anthropic-version": "2023-06-01"},
        timeout=10,
    )
    return r.status_code == 200


def main() -> int:
    if sys.stdin.isatty():
        print("legacy mode; type 'quit' to exit")
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        if line in ("quit", "exit"):
            break
        print(ask(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
