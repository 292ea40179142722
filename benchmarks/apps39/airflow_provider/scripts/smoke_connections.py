#!/usr/bin/env python
"""Smoke-test every Acme LLM connection from an Airflow worker.

    airflow-run python scripts/smoke_connections.py --provider all
"""
from __future__ import annotations

import argparse
import sys

from acme_airflow_llm.hooks import AnthropicHook, CohereHook, GroqHook, OpenAIHook
from acme_airflow_llm.hooks.bedrock import BedrockRuntimeHook


def check_openai() -> str:
    hook = OpenAIHook()
    models = hook.list_models()
    return f"{len(models)} models visible"


def check_anthropic(ping: bool) -> str:
    hook = AnthropicHook()
    n = hook.count_tokens([{"role": "user", "content": "ping"}])
    if ping:
        client = hook.get_conn()
        msg = client.messages.create(model="claude-haiku-4-5", max_tokens=1, messages=[{"role": "user", "content": "ping"}])
        return f"count_tokens={n} ping stop_reason={msg.stop_reason}"
    return f"count_tokens={n}"


def check_cohere() -> str:
    ok, message = CohereHook().test_connection()
    return message if ok else f"FAILED: {message}"


def check_groq(ping: bool) -> str:
    client = GroqHook().get_conn()
    models = client.models.list()
    if ping:
        client.chat.completions.create(model="llama-3.1-8b-instant", messages=[{"role": "user", "content": "ping"}], max_tokens=1)
    return f"{len(models.data)} models"


def check_bedrock() -> str:
    n = BedrockRuntimeHook(aws_conn_id="aws_default").count_tokens(
        "anthropic.claude-3-5-sonnet-20240620-v1:0", [{"role": "user", "content": [{"text": "ping"}]}]
    )
    return f"count_tokens={n}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", default="all")
    parser.add_argument("--ping", action="store_true", help="also send a 1-token request (costs money)")
    args = parser.parse_args(argv)
    checks = {
        "openai": check_openai,
        "anthropic": lambda: check_anthropic(args.ping),
        "cohere": check_cohere,
        "groq": lambda: check_groq(args.ping),
        "bedrock": check_bedrock,
    }
    failed = False
    for name, fn in checks.items():
        if args.provider not in ("all", name):
            continue
        try:
            print(f"{name:10s} {fn()}")
        except Exception as exc:  # noqa: BLE001
            failed = True
            print(f"{name:10s} ERROR {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
