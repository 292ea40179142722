#!/usr/bin/env python
"""Offline latency/quality benchmark across providers.

Run outside bench:  python scripts/benchmark_models.py tickets.jsonl
Keys come from the environment, not the site.
"""

import functools
import json
import os
import sys
import time

from google import genai
from mistralai import Mistral
from openai import OpenAI

PROMPT = "Classify the priority (Low/Medium/High/Urgent) of this support ticket. Reply with one word.\n\n{ticket}"


def load(path):
    with open(path) as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(path):
    tickets = load(path)
    groq_compat = OpenAI(api_key=os.environ["GROQ_API_KEY"], base_url="https://api.groq.com/openai/v1")
    gemini = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    gemini_flash = functools.partial(gemini.models.generate_content, model="gemini-2.0-flash")
    mistral = Mistral(api_key=os.environ["MISTRAL_API_KEY"])

    results = {"groq": [], "gemini": [], "mistral": []}
    for t in tickets:
        prompt = PROMPT.format(ticket=t["description"])

        start = time.perf_counter()
        r = groq_compat.chat.completions.create(
            model="llama-3.3-70b-versatile", messages=[{"role": "user", "content": prompt}], max_tokens=5
        )
        results["groq"].append((time.perf_counter() - start, r.choices[0].message.content.strip() == t["priority"]))

        start = time.perf_counter()
        g = gemini_flash(contents=prompt)
        results["gemini"].append((time.perf_counter() - start, (g.text or "").strip() == t["priority"]))

        start = time.perf_counter()
        text = ""
        for event in mistral.chat.stream(model="mistral-small-latest", messages=[{"role": "user", "content": prompt}]):
            text += event.data.choices[0].delta.content or ""
        results["mistral"].append((time.perf_counter() - start, text.strip() == t["priority"]))

    for name, rows in results.items():
        if rows:
            avg = sum(r[0] for r in rows) / len(rows)
            acc = sum(r[1] for r in rows) / len(rows)
            print(f"{name:8s} latency={avg:.2f}s accuracy={acc:.0%}")


if __name__ == "__main__":
    main(sys.argv[1])
