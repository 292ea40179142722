"""Smoke test against a running server: ``python client.py --url http://127.0.0.1:8000``."""
from __future__ import annotations

import argparse
import json
import sys

import requests


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://127.0.0.1:8000")
    p.add_argument("--question", default="How do I rotate the API keys for the ingestion service?")
    p.add_argument("--stream", action="store_true")
    p.add_argument("--all", action="store_true", help="hit every endpoint once")
    args = p.parse_args()

    if args.stream:
        with requests.post(f"{args.url}/rag/stream", json={"question": args.question}, stream=True, timeout=60) as r:
            r.raise_for_status()
            for line in r.iter_lines():
                if line:
                    print(json.loads(line)["delta"], end="", flush=True)
        print()
        return 0

    r = requests.post(f"{args.url}/rag", json={"question": args.question, "grade": True}, timeout=60)
    print(r.status_code)
    print(json.dumps(r.json(), indent=2))
    r2 = requests.post(f"{args.url}/rerank", json={"query": "keys", "documents": ["a", "b"]}, timeout=10)
    print(r2.json())
    if args.all:
        failures = run_all(args.url)
        return 1 if failures else 0
    return 0 if r.ok else 1


CHECKS = [
    ("/embed", {"input": "hello world"}, lambda j: len(j["embedding"]) > 0),
    ("/embed/multilingual", {"input": "bonjour"}, lambda j: len(j["embedding"]) > 0),
    ("/moderate", {"text": "have a nice day"}, lambda j: j["flagged"] is False),
    ("/grade", {"question": "q", "passages": ["p"], "answer": "a"}, lambda j: "score" in j),
    ("/quick", {"prompt": "2+2?"}, lambda j: "answer" in j),
    ("/tokens", {"messages": [{"role": "user", "content": "hi"}]}, lambda j: j["anthropic_input_tokens"] > 0),
    ("/models", {}, lambda j: bool(j["openai"])),
]


def run_all(url: str) -> list[str]:
    failures = []
    for path, payload, ok in CHECKS:
        try:
            resp = requests.post(f"{url}{path}", json=payload, timeout=30)
            resp.raise_for_status()
            passed = ok(resp.json())
        except Exception as exc:  # noqa: BLE001
            print(f"FAIL {path}: {exc}")
            failures.append(path)
            continue
        print(("ok   " if passed else "FAIL ") + path)
        if not passed:
            failures.append(path)
    return failures


if __name__ == "__main__":
    sys.exit(main())
