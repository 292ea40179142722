#!/usr/bin/env python
"""Compare summary prompts across providers on the fixtures in tests/data.

    python scripts/eval_prompts.py tests/data/standup.txt --providers anthropic,mistral,ollama
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import ollama

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from minutes_mate.services import get_anthropic_client, get_groq_client, get_mistral_client  # noqa: E402
from minutes_mate.services.costs import estimate_cost  # noqa: E402
from minutes_mate.utils.prompts import SUMMARY_SYSTEM, summary_prompt  # noqa: E402


def run_anthropic(text: str) -> tuple[str, int, int]:
    msg = get_anthropic_client().messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=1500,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": summary_prompt(text, "", None)}],
    )
    return msg.content[0].text, msg.usage.input_tokens, msg.usage.output_tokens


def run_mistral(text: str) -> tuple[str, int, int]:
    resp = get_mistral_client().chat.complete(
        model="mistral-large-latest",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": summary_prompt(text, "", None)},
        ],
    )
    return resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens


def run_groq(text: str) -> tuple[str, int, int]:
    client = get_groq_client()
    resp = client.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": summary_prompt(text, "", None)},
        ],
    )
    return resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens


def run_ollama(text: str) -> tuple[str, int, int]:
    resp = ollama.chat(
        model="llama3.1:8b",
        messages=[
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": summary_prompt(text, "", None)},
        ],
    )
    return resp["message"]["content"], resp.get("prompt_eval_count", 0), resp.get("eval_count", 0)


RUNNERS = {"anthropic": run_anthropic, "mistral": run_mistral, "groq": run_groq, "ollama": run_ollama}
MODELS = {
    "anthropic": "claude-3-5-sonnet-20241022",
    "mistral": "mistral-large-latest",
    "groq": "llama-3.1-70b-versatile",
    "ollama": "llama3.1:8b",
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("transcript", type=Path)
    ap.add_argument("--providers", default="anthropic,mistral")
    ap.add_argument("--out", type=Path, default=Path("eval-results.jsonl"))
    args = ap.parse_args(argv)

    text = args.transcript.read_text()
    with args.out.open("a") as fh:
        for name in args.providers.split(","):
            t0 = time.perf_counter()
            summary, tin, tout = RUNNERS[name](text)
            row = {
                "provider": name,
                "seconds": round(time.perf_counter() - t0, 2),
                "input_tokens": tin,
                "output_tokens": tout,
                "cost": estimate_cost(MODELS[name], tin, tout),
                "summary": summary,
            }
            fh.write(json.dumps(row) + "\n")
            print(f"{name:10s} {row['seconds']:6.2f}s  ${row['cost']:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
