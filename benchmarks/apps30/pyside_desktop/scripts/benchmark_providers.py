#!/usr/bin/env python
"""Latency/quality smoke benchmark across providers.

    python scripts/benchmark_providers.py --rounds 3 --prompt-file prompts.txt
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

import ollama
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from quillpad.services.clients import gemini_model, get_cohere_client
from quillpad.services.openrouter_http import quick_complete

DEFAULT_PROMPT = "Rewrite more concisely: 'In order to be able to make a decision, we need to have more data.'"


def run_watsonx(prompt: str) -> str:
    model = ModelInference(
        model_id="ibm/granite-3-8b-instruct",
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    return model.generate_text(prompt=prompt, params={"max_new_tokens": 80})


def run_ollama(prompt: str) -> str:
    return ollama.chat(model="llama3.1:8b", messages=[{"role": "user", "content": prompt}])["message"]["content"]


def run_gemini(prompt: str) -> str:
    return gemini_model("gemini-1.5-flash").generate_content(prompt).text


def run_cohere(prompt: str) -> str:
    res = get_cohere_client().chat(model="command-r", messages=[{"role": "user", "content": prompt}])
    return res.message.content[0].text


def run_openrouter(prompt: str) -> str:
    return quick_complete(os.environ["OPENROUTER_API_KEY"], "mistralai/mistral-7b-instruct", prompt)


RUNNERS = {
    "watsonx": run_watsonx,
    "ollama": run_ollama,
    "google": run_gemini,
    "cohere": run_cohere,
    "openrouter": run_openrouter,
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--prompt-file")
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args()
    prompt = open(args.prompt_file).read() if args.prompt_file else DEFAULT_PROMPT
    for name, fn in RUNNERS.items():
        if args.only and name not in args.only:
            continue
        times = []
        sample = ""
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            try:
                sample = fn(prompt)
            except Exception as exc:  # noqa: BLE001
                print(f"{name:<11} ERROR {exc}")
                break
            times.append(time.perf_counter() - t0)
        if times:
            print(f"{name:<11} median {statistics.median(times):.2f}s  {sample[:70]!r}")


if __name__ == "__main__":
    main()
