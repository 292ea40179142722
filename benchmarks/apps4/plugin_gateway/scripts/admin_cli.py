#!/usr/bin/env python
"""Operator CLI for the AI gateway.

    gateway-admin providers
    gateway-admin models
    gateway-admin smoke-bedrock --model anthropic.claude-3-5-haiku-20241022-v1:0
    gateway-admin grok "what changed in the EU AI act this week?"
    gateway-admin eval-claude prompts/regression.jsonl
    gateway-admin batch-status batch_abc123
    gateway-admin completion bash > /etc/bash_completion.d/gateway-admin
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import anthropic  # noqa: E402
import boto3  # noqa: E402
import httpx  # noqa: E402

from gateway.clients.factory import openai_compatible_client  # noqa: E402
from gateway.clients.sdk_clients import get_openai_client  # noqa: E402
from gateway.config import get_settings  # noqa: E402
from gateway.providers import available, get_provider  # noqa: E402

COMMANDS = ["providers", "models", "smoke-bedrock", "grok", "eval-claude", "batch-status", "completion"]


def cmd_providers(args: argparse.Namespace) -> int:
    for name in available():
        print(name)
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    settings = get_settings()
    print("== openai")
    for model_id in get_provider("openai").list_models():
        print("  ", model_id)

    print("== bedrock (text)")
    bedrock = boto3.client("bedrock", region_name=settings.aws_region)
    summaries = bedrock.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    for summary in summaries:
        print("  ", summary["modelId"])

    print("== groq")
    r = httpx.get(
        "https://api.groq.com/openai/v1/models",
        headers={"Authorization": f"Bearer {settings.groq_api_key}"},
        timeout=10,
    )
    r.raise_for_status()
    for m in r.json()["data"]:
        print("  ", m["id"])
    return 0


def cmd_smoke_bedrock(args: argparse.Namespace) -> int:
    runtime = boto3.client("bedrock-runtime", region_name=args.region or get_settings().aws_region)
    started = time.perf_counter()
    out = runtime.converse(
        modelId=args.model,
        messages=[{"role": "user", "content": [{"text": "Reply with the single word OK."}]}],
        inferenceConfig={"maxTokens": 5, "temperature": 0},
    )
    text = out["output"]["message"]["content"][0]["text"]
    print(f"{args.model}: {text!r} in {(time.perf_counter() - started) * 1000:.0f}ms, usage={out['usage']}")
    return 0 if "ok" in text.lower() else 1


def cmd_grok(args: argparse.Namespace) -> int:
    xai = openai_compatible_client("xai")
    resp = xai.chat.completions.create(
        model=args.model,
        messages=[{"role": "user", "content": args.question}],
    )
    print(resp.choices[0].message.content)
    return 0


def cmd_eval_claude(args: argparse.Namespace) -> int:
    client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
    failures = 0
    for line in Path(args.cases).read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        msg = client.messages.create(
            model=args.model,
            max_tokens=256,
            messages=[{"role": "user", "content": case["prompt"]}],
        )
        answer = msg.content[0].text
        ok = all(s.lower() in answer.lower() for s in case.get("must_contain", []))
        failures += not ok
        print(f"{'PASS' if ok else 'FAIL'} {case['id']}")
    print(f"{failures} failure(s)")
    return 1 if failures else 0


def cmd_batch_status(args: argparse.Namespace) -> int:
    batch = get_openai_client().batches.retrieve(args.batch_id)
    counts = batch.request_counts
    print(f"{batch.id} {batch.status} {counts.completed}/{counts.total} failed={counts.failed}")
    return 0


def completion(shell: str) -> str:
    words = " ".join(COMMANDS)
    if shell == "zsh":
        return f"#compdef gateway-admin\n_arguments '1:command:({words})'\n"
    return f'complete -W "{words}" gateway-admin\n'


def cmd_completion(args: argparse.Namespace) -> int:
    sys.stdout.write(completion(shell=args.shell))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="gateway-admin")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("providers").set_defaults(func=cmd_providers)
    sub.add_parser("models").set_defaults(func=cmd_models)

    p = sub.add_parser("smoke-bedrock")
    p.add_argument("--model", default="anthropic.claude-3-5-haiku-20241022-v1:0")
    p.add_argument("--region")
    p.set_defaults(func=cmd_smoke_bedrock)

    p = sub.add_parser("grok")
    p.add_argument("question")
    p.add_argument("--model", default="grok-3-mini")
    p.set_defaults(func=cmd_grok)

    p = sub.add_parser("eval-claude")
    p.add_argument("cases")
    p.add_argument("--model", default="claude-3-5-haiku-latest")
    p.set_defaults(func=cmd_eval_claude)

    p = sub.add_parser("batch-status")
    p.add_argument("batch_id")
    p.set_defaults(func=cmd_batch_status)

    p = sub.add_parser("completion")
    p.add_argument("shell", choices=["bash", "zsh"])
    p.set_defaults(func=cmd_completion)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
