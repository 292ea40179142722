#!/usr/bin/env python3
"""Compare providers on a fixed set of cards (run outside Anki).

    python -m ai_flashcards.scripts.eval_prompts samples.jsonl
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import anthropic
import cohere
from google import genai
from openai import OpenAI

SYSTEM = "You explain flashcard answers briefly."


def run_openai(prompt: str) -> str:
    client = OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": prompt}]
    )
    return r.choices[0].message.content


def run_claude(prompt: str) -> str:
    client = anthropic.Anthropic()
    r = client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=300, system=SYSTEM,
                               messages=[{"role": "user", "content": prompt}])
    return r.content[0].text


def run_gemini(prompt: str) -> str:
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    return client.models.generate_content(model="gemini-2.0-flash", contents=SYSTEM + "\n\n" + prompt).text


def run_deepseek(prompt: str) -> str:
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    r = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


def run_cohere(prompt: str) -> str:
    co = cohere.ClientV2()
    r = co.chat(model="command-r-plus", messages=[{"role": "system", "content": SYSTEM},
                                                  {"role": "user", "content": prompt}])
    return r.message.content[0].text


RUNNERS = {
    "openai": run_openai,
    "anthropic": run_claude,
    "gemini": run_gemini,
    "deepseek": run_deepseek,
    "cohere": run_cohere,
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("samples")
    ap.add_argument("--providers", default=",".join(RUNNERS))
    args = ap.parse_args(argv)
    with open(args.samples, encoding="utf-8") as fh:
        samples = [json.loads(line) for line in fh if line.strip()]
    for sample in samples:
        prompt = f"Q: {sample['front']}\nA: {sample['back']}\nExplain."
        for name in args.providers.split(","):
            t0 = time.time()
            try:
                out = RUNNERS[name](prompt)
            except Exception as exc:  # noqa: BLE001
                out = f"ERROR {exc}"
            print(json.dumps({"provider": name, "secs": round(time.time() - t0, 2), "out": out}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
