#!/usr/bin/env python
"""Compare intent labels from Cerebras (prod) against Grok on a labelled CSV.

Standalone on purpose: it's run from a laptop against the eval set, with
personal keys, so it doesn't go through the app injector.
"""
from __future__ import annotations

import csv
import os
import sys
from collections import Counter

from cerebras.cloud.sdk import Cerebras
from xai_sdk import Client
from xai_sdk.chat import system, user

from supportbot.services.intent import INTENTS

SYSTEM = "Reply with exactly one intent label from: " + ", ".join(INTENTS)


def cerebras_label(client: Cerebras, text: str, model: str) -> str:
    resp = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}],
        temperature=0,
        max_completion_tokens=8,
    )
    return resp.choices[0].message.content.strip()


def grok_label(client: Client, text: str) -> str:
    chat = client.chat.create(model="grok-3-mini", temperature=0)
    chat.append(system(SYSTEM))
    chat.append(user(text))
    return chat.sample().content.strip()


def main(path: str) -> int:
    cerebras = Cerebras(api_key=os.environ["CEREBRAS_API_KEY"])
    grok = Client(api_key=os.environ["XAI_API_KEY"])
    results: Counter[str] = Counter()
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            expected = row["intent"]
            for name, label in (
                ("cerebras-8b", cerebras_label(cerebras, row["text"], "llama3.1-8b")),
                ("cerebras-70b", cerebras_label(cerebras, row["text"], "llama-3.3-70b")),
                ("grok-3-mini", grok_label(grok, row["text"])),
            ):
                results[(name, label == expected)] += 1
    for name in ("cerebras-8b", "cerebras-70b", "grok-3-mini"):
        ok, bad = results[(name, True)], results[(name, False)]
        print(f"{name:14s} accuracy {ok / max(ok + bad, 1):.3f} ({ok}/{ok + bad})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "evals/intents.csv"))
