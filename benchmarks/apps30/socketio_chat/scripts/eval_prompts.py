"""Offline comparison of providers on a sample of real (anonymised) tickets.

Writes a CSV the support-ops team reviews by hand. Sync on purpose.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import time
from pathlib import Path

import anthropic
import litellm
from groq import Groq
from mistralai import Mistral

from app.providers.clients import get_openai_sync

SYSTEM = "You are a support agent. Answer the customer's last message."


def run_openai(messages):
    client = get_openai_sync()
    resp = client.responses.create(
        model="gpt-4o-mini",
        instructions=SYSTEM,
        input=messages,
    )
    return resp.output_text


def run_anthropic(messages):
    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest", max_tokens=512, system=SYSTEM, messages=messages
    )
    return msg.content[0].text


def run_groq(messages):
    client = Groq()
    resp = client.chat.completions.create(
        model="llama-3.3-70b-versatile",
        messages=[{"role": "system", "content": SYSTEM}, *messages],
    )
    return resp.choices[0].message.content


def run_mistral(messages):
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as client:
        res = client.chat.complete(
            model="mistral-large-latest",
            messages=[{"role": "system", "content": SYSTEM}, *messages],
        )
    return res.choices[0].message.content


def run_litellm_batch(model: str, conversations: list[list[dict]]) -> list[str]:
    responses = litellm.batch_completion(
        model=model,
        messages=[[{"role": "system", "content": SYSTEM}, *c] for c in conversations],
    )
    return [r.choices[0].message.content for r in responses]


RUNNERS = {
    "openai": run_openai,
    "anthropic": run_anthropic,
    "groq": run_groq,
    "mistral": run_mistral,
}


def main(path: str, out: str) -> None:
    samples = [json.loads(line) for line in Path(path).read_text().splitlines() if line.strip()]
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ticket", "provider", "latency_s", "answer"])
        for s in samples:
            for name, fn in RUNNERS.items():
                t0 = time.time()
                try:
                    answer = fn(s["messages"])
                except Exception as exc:  # noqa: BLE001
                    answer = f"ERROR: {exc}"
                w.writerow([s["id"], name, round(time.time() - t0, 2), answer])
        for answer, s in zip(
            run_litellm_batch("cohere/command-r-plus", [s["messages"] for s in samples]), samples
        ):
            w.writerow([s["id"], "cohere-via-litellm", "", answer])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "eval.csv")
