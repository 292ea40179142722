#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per vendor with the production keys.

Usage: python scripts/smoke_providers.py [--only openai,anthropic,...]
Exit code is the number of failing vendors.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Callable, Dict

import anthropic
import cohere
import voyageai
from google import genai
from openai import OpenAI


def check_openai() -> str:
    client = OpenAI(api_key=os.environ["DOCQA_OPENAI_API_KEY"])
    resp = client.responses.create(model="gpt-4o-mini", input="Reply with the word pong.", max_output_tokens=16)
    return resp.output_text


def check_anthropic() -> str:
    client = anthropic.Anthropic(api_key=os.environ["DOCQA_ANTHROPIC_API_KEY"])
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=16,
        messages=[{"role": "user", "content": "Reply with the word pong."}],
    )
    return msg.content[0].text


def check_gemini() -> str:
    client = genai.Client(api_key=os.environ["DOCQA_GEMINI_API_KEY"])
    resp = client.models.generate_content(model="gemini-2.0-flash", contents="Reply with the word pong.")
    return resp.text or ""


def check_voyage() -> str:
    vo = voyageai.Client(api_key=os.environ["DOCQA_VOYAGE_API_KEY"])
    result = vo.embed(["ping"], model="voyage-3.5", input_type="query")
    return f"dim={len(result.embeddings[0])}"


def check_cohere() -> str:
    co = cohere.ClientV2(api_key=os.environ["DOCQA_COHERE_API_KEY"])
    result = co.rerank(model="rerank-v3.5", query="ping", documents=["pong", "unrelated"], top_n=1)
    return f"top={result.results[0].index}"


CHECKS: Dict[str, Callable[[], str]] = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "gemini": check_gemini,
    "voyage": check_voyage,
    "cohere": check_cohere,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default=",".join(CHECKS))
    args = parser.parse_args()
    failures = 0
    for name in args.only.split(","):
        start = time.perf_counter()
        try:
            detail = CHECKS[name]()
            status = "ok"
        except Exception as exc:  # noqa: BLE001
            detail, status = repr(exc), "FAIL"
            failures += 1
        print(f"{name:<10} {status:<5} {int((time.perf_counter() - start) * 1000):>6}ms  {detail[:80]}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
