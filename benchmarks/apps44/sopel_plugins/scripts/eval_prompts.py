#!/usr/bin/env python3
"""Compare the .ask system prompt across Claude and Mistral on a fixed question set.

Writes a markdown table to stdout; we paste it into the PR when changing prompts.
"""
from __future__ import annotations

import argparse
import functools
import json
import pathlib
import time

from sopel_llm import get_anthropic_client, get_mistral_client
from sopel_llm.prompts import irc_system

DEFAULT_QUESTIONS = pathlib.Path(__file__).with_name("eval_questions.json")


def run_claude(questions, model):
    client = get_anthropic_client()
    ask = functools.partial(
        client.messages.create,
        model=model,
        max_tokens=300,
        system=irc_system("botname", "#eval"),
    )
    out = []
    for q in questions:
        t0 = time.monotonic()
        msg = ask(messages=[{"role": "user", "content": q}])
        out.append((q, msg.content[0].text, time.monotonic() - t0))
    return out


def run_mistral(questions, model):
    client = get_mistral_client()
    out = []
    for q in questions:
        t0 = time.monotonic()
        parts = []
        stream = client.chat.stream(
            model=model,
            messages=[{"role": "system", "content": irc_system("botname", "#eval")},
                      {"role": "user", "content": q}],
            max_tokens=300,
        )
        for event in stream:
            delta = event.data.choices[0].delta.content
            if delta:
                parts.append(delta)
        out.append((q, "".join(parts), time.monotonic() - t0))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=pathlib.Path, default=DEFAULT_QUESTIONS)
    ap.add_argument("--claude-model", default="claude-3-5-haiku-20241022")
    ap.add_argument("--mistral-model", default="mistral-small-latest")
    args = ap.parse_args()
    questions = json.loads(args.questions.read_text())

    rows = list(zip(run_claude(questions, args.claude_model), run_mistral(questions, args.mistral_model)))
    print("| question | claude | s | mistral | s |")
    print("|---|---|---|---|---|")
    for (q, a1, t1), (_, a2, t2) in rows:
        clean = lambda s: s.replace("|", "/").replace("\n", " ")[:200]
        print(f"| {clean(q)} | {clean(a1)} | {t1:.1f} | {clean(a2)} | {t2:.1f} |")


if __name__ == "__main__":
    main()
