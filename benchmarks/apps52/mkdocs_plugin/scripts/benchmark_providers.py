#!/usr/bin/env python3
"""Compare latency/quality of the providers on a few sample pages.

    python scripts/benchmark_providers.py example/docs/index.md example/docs/guide/install.md
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import anthropic
import cohere
from google import genai
from openai import OpenAI

PROMPT = "Summarize this documentation page in 50 words:\n\n{body}"


def bench_anthropic(body: str) -> str:
    client = anthropic.Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": PROMPT.format(body=body)}],
    )
    return msg.content[0].text


def bench_google(body: str) -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    parts = []
    for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=PROMPT.format(body=body)):
        parts.append(chunk.text or "")
    return "".join(parts)


def bench_cohere(body: str) -> str:
    co = cohere.ClientV2()
    out = []
    for event in co.chat_stream(model="command-r-08-2024", messages=[{"role": "user", "content": PROMPT.format(body=body)}]):
        if event.type == "content-delta":
            out.append(event.delta.message.content.text)
    return "".join(out)


def bench_deepseek(body: str) -> str:
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com/v1")
    resp = client.chat.completions.create(
        model="deepseek-chat", messages=[{"role": "user", "content": PROMPT.format(body=body)}]
    )
    return resp.choices[0].message.content


def bench_openai(body: str) -> str:
    client = OpenAI()
    resp = client.responses.create(model="gpt-4o-mini", input=PROMPT.format(body=body))
    return resp.output_text


BENCHES = {
    "anthropic": bench_anthropic,
    "google": bench_google,
    "cohere": bench_cohere,
    "deepseek": bench_deepseek,
    "openai": bench_openai,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", nargs="+", type=Path)
    ap.add_argument("--only", choices=sorted(BENCHES))
    args = ap.parse_args()
    for page in args.pages:
        body = page.read_text("utf-8")
        for name, fn in BENCHES.items():
            if args.only and name != args.only:
                continue
            t0 = time.perf_counter()
            try:
                text = fn(body)
            except Exception as exc:  # noqa: BLE001
                text = f"ERROR: {exc}"
            print(f"== {page} [{name}] {time.perf_counter() - t0:.2f}s\n{text}\n")


if __name__ == "__main__":
    main()
