#!/usr/bin/env python
"""Offline prompt evaluation against a golden set.

Runs the current SUPPORT_SYSTEM prompt on gpt-4o-mini and Claude and writes a
CSV the support leads review by hand.
"""
import argparse
import csv
import json
import os
import sys

from anthropic import Anthropic

from supportbot.clients import get_sync_openai
from supportbot.utils.costs import completion_cost
from supportbot.utils.prompts import SUPPORT_SYSTEM


def load_golden(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run_openai(client, model, case):
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SUPPORT_SYSTEM.format(company=case.get("company", "Acme"))},
            {"role": "user", "content": case["question"]},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content, completion_cost(resp, model)


def run_claude(client, model, case):
    msg = client.messages.create(
        model=model,
        max_tokens=500,
        system=SUPPORT_SYSTEM.format(company=case.get("company", "Acme")),
        messages=[{"role": "user", "content": case["question"]}],
    )
    return msg.content[0].text


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("golden", help="jsonl with {question, expected}")
    parser.add_argument("--out", default="eval.csv")
    parser.add_argument("--openai-model", default="gpt-4o-mini")
    parser.add_argument("--claude-model", default="claude-3-5-haiku-20241022")
    args = parser.parse_args(argv)

    cases = load_golden(args.golden)
    oai = get_sync_openai()
    claude = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])

    with open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["question", "expected", "openai", "openai_cost", "claude"])
        for case in cases:
            o_text, o_cost = run_openai(oai, args.openai_model, case)
            c_text = run_claude(claude, args.claude_model, case)
            writer.writerow([case["question"], case.get("expected", ""), o_text, o_cost, c_text])
            sys.stdout.write(".")
            sys.stdout.flush()
    print("\nwrote", args.out)


if __name__ == "__main__":
    main()
