#!/usr/bin/env python3
"""Offline eval: run the refactor prompt on fixtures with every backend, have a judge grade them.

Writes results to eval_out/<date>.jsonl.  Expensive -- ask before running on the full set.
"""
import argparse
import datetime
import json
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

import anthropic  # noqa: E402

from core.clients import get_openai  # noqa: E402
from core.prompts import build_refactor_messages, strip_fences  # noqa: E402
from core.providers import REGISTRY  # noqa: E402

JUDGE_RUBRIC = (
    "Grade the rewrite from 1 to 5 for correctness and for following the instruction. "
    'Reply as JSON {"score": n, "why": "..."}.'
)


def judge_gpt(original, instruction, rewrite):
    response = get_openai().responses.create(
        model="gpt-4o",
        instructions=JUDGE_RUBRIC,
        input="Instruction: %s\n\nOriginal:\n%s\n\nRewrite:\n%s" % (instruction, original, rewrite),
    )
    return json.loads(response.output_text)


def judge_claude(original, instruction, rewrite):
    client = anthropic.Anthropic()
    message = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=300,
        system=JUDGE_RUBRIC,
        messages=[{"role": "user", "content": "Instruction: %s\n\nOriginal:\n%s\n\nRewrite:\n%s" % (instruction, original, rewrite)}],
    )
    return json.loads(message.content[0].text)


def upload_results(path):
    """Attach the run to the shared eval dataset (OpenAI Files) for the dashboard."""
    with open(path, "rb") as fh:
        return get_openai().files.create(file=fh, purpose="evals").id


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("fixtures", help="JSONL with code, instruction, language")
    ap.add_argument("--backends", default=",".join(REGISTRY))
    ap.add_argument("--judge", choices=["gpt", "claude"], default="gpt")
    ap.add_argument("--upload", action="store_true")
    args = ap.parse_args(argv)

    judge = judge_gpt if args.judge == "gpt" else judge_claude
    os.makedirs("eval_out", exist_ok=True)
    out_path = os.path.join("eval_out", "%s.jsonl" % datetime.date.today().isoformat())
    with open(args.fixtures, encoding="utf-8") as fh, open(out_path, "w", encoding="utf-8") as out:
        for line in fh:
            case = json.loads(line)
            messages = build_refactor_messages(case["code"], case["instruction"], case["language"])
            for name in args.backends.split(","):
                rewrite = strip_fences(REGISTRY[name].chat(messages, max_tokens=1500))
                grade = judge(case["code"], case["instruction"], rewrite)
                out.write(json.dumps({"backend": name, "case": case.get("id"), **grade}) + "\n")
    print(out_path)
    if args.upload:
        print("uploaded:", upload_results(out_path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
