#!/usr/bin/env python
"""Compare prompt variants on a small gold set before rolling a new prompt into a job spec.

    python scripts/eval_prompts.py gold/toxicity_gold.jsonl prompts/toxicity_v3.txt prompts/toxicity_v4.txt

Runs every prompt against our vLLM deployment, Fireworks and (optionally) HF and prints
accuracy per (prompt, backend).
"""
import argparse
import collections
import json
import os

import httpx
from huggingface_hub import InferenceClient
from openai import OpenAI

VLLM_CHAT_URL = "http://vllm-labeling.ml-platform.svc.cluster.local:8000/v1/chat/completions"
VLLM_MODEL = "Qwen/Qwen2.5-32B-Instruct"
FIREWORKS_MODEL = "accounts/fireworks/models/llama-v3p1-70b-instruct"
HF_MODEL = "meta-llama/Llama-3.1-8B-Instruct"

fireworks = OpenAI(
    base_url="https://api.fireworks.ai/inference/v1",
    api_key=os.environ.get("FIREWORKS_API_KEY", ""),
)


def ask_vllm(prompt):
    r = httpx.post(
        VLLM_CHAT_URL,
        json={"model": VLLM_MODEL, "messages": [{"role": "user", "content": prompt}], "max_tokens": 8,
              "temperature": 0},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"]


def ask_fireworks(prompt):
    resp = fireworks.chat.completions.create(
        model=FIREWORKS_MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=8,
        temperature=0,
    )
    return resp.choices[0].message.content


def ask_hf(prompt, _client=InferenceClient(provider="auto", token=os.environ.get("HF_TOKEN"))):
    out = _client.chat_completion(messages=[{"role": "user", "content": prompt}], model=HF_MODEL, max_tokens=8)
    return out.choices[0].message.content


BACKENDS = {"vllm": ask_vllm, "fireworks": ask_fireworks, "hf": ask_hf}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("prompts", nargs="+")
    ap.add_argument("--backends", default="vllm,fireworks")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    gold = [json.loads(l) for l in open(args.gold)][: args.limit]
    scores = collections.defaultdict(lambda: [0, 0])
    for prompt_path in args.prompts:
        template = open(prompt_path).read()
        for backend in args.backends.split(","):
            ask = BACKENDS[backend]
            for row in gold:
                answer = (ask(template.replace("{text}", row["text"])) or "").strip().lower()
                key = (os.path.basename(prompt_path), backend)
                scores[key][0] += int(answer.startswith(row["label"].lower()))
                scores[key][1] += 1
    for (prompt_name, backend), (ok, n) in sorted(scores.items()):
        print(f"{prompt_name:30s} {backend:10s} {ok / n:.3f}  ({ok}/{n})")


if __name__ == "__main__":
    main()
