#!/usr/bin/env python
"""Compare triage across providers on a labelled sample (data/triage_eval.jsonl)."""
from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter

from google import genai
from huggingface_hub import InferenceClient
from openai import OpenAI

from assistant.llm.prompts import TRIAGE_SYSTEM
from assistant.llm.tokens import count_openai_tokens, estimate_cost

CATS = ["invoice", "support", "sales", "personal", "newsletter", "spam", "other"]


def _label(text: str) -> str:
    text = text.lower()
    for c in CATS:
        if c in text:
            return c
    return "other"


def run_openai(samples, model="gpt-4o-mini"):
    client = OpenAI()
    preds = []
    for s in samples:
        r = client.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": s["text"]}],
            temperature=0,
        )
        preds.append(_label(r.choices[0].message.content or ""))
    return preds


def run_gemini(samples, model="gemini-2.0-flash"):
    client = genai.Client(api_key=os.environ["GEMINI_API_KEY"])
    preds = []
    for s in samples:
        r = client.models.generate_content(model=model, contents=[TRIAGE_SYSTEM, s["text"]])
        preds.append(_label(r.text or ""))
    return preds


def run_hf(samples, model="meta-llama/Llama-3.1-8B-Instruct"):
    client = InferenceClient(model, token=os.environ.get("HF_TOKEN"))
    preds = []
    for s in samples:
        r = client.chat_completion(
            messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": s["text"]}],
            max_tokens=80,
        )
        preds.append(_label(r.choices[0].message.content or ""))
    return preds


def run_sonar(samples, model="sonar"):
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    preds = []
    for s in samples:
        r = pplx.chat.completions.create(
            model=model,
            messages=[{"role": "system", "content": TRIAGE_SYSTEM}, {"role": "user", "content": s["text"]}],
        )
        preds.append(_label(r.choices[0].message.content or ""))
    return preds


RUNNERS = {"openai": run_openai, "google": run_gemini, "huggingface": run_hf, "perplexity": run_sonar}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data/triage_eval.jsonl")
    ap.add_argument("--providers", default="openai,google")
    ap.add_argument("--estimate-only", action="store_true")
    args = ap.parse_args()
    with open(args.data) as fh:
        samples = [json.loads(line) for line in fh if line.strip()]
    if args.estimate_only:
        toks = sum(count_openai_tokens(TRIAGE_SYSTEM + s["text"]) for s in samples)
        print(f"~{toks} input tokens, ~${estimate_cost('gpt-4o-mini', toks, 30 * len(samples)):.4f} on gpt-4o-mini")
        return
    gold = [s["label"] for s in samples]
    for name in args.providers.split(","):
        t0 = time.time()
        preds = RUNNERS[name](samples)
        acc = sum(p == g for p, g in zip(preds, gold)) / len(gold)
        print(f"{name:12s} acc={acc:.3f} t={time.time() - t0:.1f}s confusion={Counter(zip(gold, preds)).most_common(5)}")


if __name__ == "__main__":
    main()
