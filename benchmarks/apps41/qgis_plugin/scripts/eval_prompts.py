#!/usr/bin/env python3
"""Compare description prompts across providers on exported layer summaries.

Usage: python scripts/eval_prompts.py summaries.jsonl > results.csv

Runs outside QGIS, so it builds its own clients from environment variables.
"""
import csv
import json
import os
import sys
import time

import anthropic
from google import genai
from mistralai import Mistral
from openai import OpenAI

SYSTEM = (
    "You are a GIS analyst. Write a concise, factual description of a vector layer "
    "for its metadata abstract."
)


def run_openai(client, text):
    r = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
    )
    return r.choices[0].message.content, r.usage.total_tokens


def run_claude(client, text):
    r = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=600, system=SYSTEM, messages=[{"role": "user", "content": text}]
    )
    return r.content[0].text, r.usage.input_tokens + r.usage.output_tokens


def run_gemini(client, text):
    r = client.models.generate_content(model="gemini-2.0-flash", contents=SYSTEM + "\n\n" + text)
    return r.text, r.usage_metadata.total_token_count


def run_mistral(client, text):
    r = client.chat.complete(
        model="mistral-small-latest", messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]
    )
    return r.choices[0].message.content, r.usage.total_tokens


def main(path):
    runners = {
        "openai": (run_openai, OpenAI()),
        "anthropic": (run_claude, anthropic.Anthropic()),
        "google": (run_gemini, genai.Client()),
        "mistral": (run_mistral, Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))),
    }
    writer = csv.writer(sys.stdout)
    writer.writerow(["layer", "provider", "seconds", "tokens", "text"])
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            for name, (fn, client) in runners.items():
                t0 = time.time()
                text, tokens = fn(client, item["context"])
                writer.writerow([item["name"], name, round(time.time() - t0, 2), tokens, text.replace("\n", " ")])


if __name__ == "__main__":
    main(sys.argv[1])
