#!/usr/bin/env python3
"""Compare the describe prompt across providers on a fixed set of summaries.

Not part of the workbench; run from a dev checkout with the keys in env.
"""
import functools
import json
import pathlib
import sys
import time

import ollama
from groq import Groq
from openai import OpenAI

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from freecad.aiassist.llm import prompts  # noqa: E402

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "summaries"


def load_fixtures():
    return {p.stem: p.read_text() for p in sorted(FIXTURES.glob("*.txt"))}


def run_groq(summary, model="llama-3.3-70b-versatile"):
    client = Groq()
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": prompts.DESCRIBE_SYSTEM},
            {"role": "user", "content": prompts.describe_user_prompt(summary)},
        ],
    )
    return resp.choices[0].message.content


def run_ollama(summary, model="qwen2.5-coder:7b"):
    out = ollama.generate(model=model, system=prompts.DESCRIBE_SYSTEM, prompt=prompts.describe_user_prompt(summary))
    return out["response"]


def run_deepseek(summary):
    ds = OpenAI(base_url="https://api.deepseek.com", api_key=__import__("os").environ["DEEPSEEK_API_KEY"])
    ask = functools.partial(ds.chat.completions.create, model="deepseek-chat")
    resp = ask(
        messages=[
            {"role": "system", "content": prompts.DESCRIBE_SYSTEM},
            {"role": "user", "content": prompts.describe_user_prompt(summary)},
        ]
    )
    return resp.choices[0].message.content


RUNNERS = {"groq": run_groq, "ollama": run_ollama, "deepseek": run_deepseek}


def main():
    results = {}
    for name, summary in load_fixtures().items():
        for provider, fn in RUNNERS.items():
            t0 = time.time()
            try:
                text = fn(summary)
            except Exception as exc:
                text = "ERROR: %s" % exc
            results.setdefault(name, {})[provider] = {"text": text, "seconds": round(time.time() - t0, 2)}
    json.dump(results, sys.stdout, indent=2)


if __name__ == "__main__":
    main()
