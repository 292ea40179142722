#!/usr/bin/env python3
"""Compare summary prompts/models on saved transcripts before changing defaults.

Transcripts live in eval/transcripts/*.txt (exported with /summarize --export, not in git).
Writes a markdown report you can paste into the PR.

    python scripts/eval_prompts.py --models claude-3-5-haiku-latest llama-3.3-70b-versatile
"""
from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import time
from typing import Dict, List

import anthropic
from groq import Groq

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
from bot.ai import prompts  # noqa: E402


def run_anthropic(client: anthropic.Anthropic, model: str, transcript: str) -> tuple:
    started = time.perf_counter()
    msg = client.messages.create(
        model=model,
        max_tokens=600,
        system=prompts.SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": transcript}],
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    return text, time.perf_counter() - started, msg.usage.input_tokens + msg.usage.output_tokens


def run_groq(client: Groq, model: str, transcript: str) -> tuple:
    started = time.perf_counter()
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": prompts.SUMMARY_SYSTEM},
            {"role": "user", "content": transcript},
        ],
        max_completion_tokens=600,
    )
    return resp.choices[0].message.content, time.perf_counter() - started, resp.usage.total_tokens


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", default="eval/transcripts")
    parser.add_argument("--models", nargs="+", default=["claude-3-5-haiku-latest", "llama-3.3-70b-versatile"])
    parser.add_argument("--out", default="eval/report.md")
    args = parser.parse_args()

    files = sorted(pathlib.Path(args.dir).glob("*.txt"))
    if not files:
        print(f"no transcripts in {args.dir}", file=sys.stderr)
        return 1

    claude = anthropic.Anthropic()
    groq_client = Groq()
    timings: Dict[str, List[float]] = {m: [] for m in args.models}
    out = ["# Summary prompt eval", ""]
    for path in files:
        transcript = path.read_text(encoding="utf-8")
        out.append(f"## {path.stem}\n")
        for model in args.models:
            runner = run_anthropic if model.startswith("claude") else run_groq
            client = claude if model.startswith("claude") else groq_client
            text, seconds, tokens = runner(client, model, transcript)
            timings[model].append(seconds)
            out.append(f"### {model} ({seconds:.1f}s, {tokens} tok)\n\n{text}\n")

    out.append("## Latency\n")
    for model, values in timings.items():
        out.append(f"- {model}: median {statistics.median(values):.2f}s over {len(values)} runs")
    pathlib.Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    pathlib.Path(args.out).write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
