#!/usr/bin/env python
"""Weekly key-health and cost report for the MCP server.

    python scripts/admin_usage_report.py --days 7 [--upload]
"""
import argparse
import csv
import io
import logging
import os
import sys
from datetime import date

import anthropic
import boto3
import cohere
import httpx
import requests
from openai import OpenAI

from helix_mcp.config import get_settings
from helix_mcp.logging_setup import configure_logging
from helix_mcp.prompts import _CHECKLISTS
from helix_mcp.textutil import count_tokens
from helix_mcp.tools.code_review import REVIEW_SYSTEM, SECURITY_PROMPT

log = logging.getLogger("usage_report")


def check_keys(settings) -> dict:
    """Check every provider key.  Free endpoints where the vendor has one."""
    status = {}

    oa = OpenAI()
    visible = {m.id for m in oa.models.list()}
    status["openai"] = "ok" if settings.chat_model in visible else f"missing {settings.chat_model}"

    claude = anthropic.Anthropic()
    probe = claude.messages.count_tokens(
        model=settings.claude_model,
        messages=[{"role": "user", "content": "ping"}],
    )
    status["anthropic"] = f"ok ({probe.input_tokens} tokens)"

    co = cohere.ClientV2()
    toks = co.tokenize(text="ping", model=settings.cohere_embed_model)
    status["cohere"] = "ok" if toks.tokens else "empty tokenize response"

    # Perplexity has no free endpoint; a 1-token completion is the cheapest probe.
    r = httpx.post(
        "https://api.perplexity.ai/chat/completions",
        headers={"Authorization": f"Bearer {os.environ.get('PPLX_API_KEY', '')}"},
        json={"model": "sonar", "messages": [{"role": "user", "content": "ping"}], "max_tokens": 1},
        timeout=30.0,
    )
    status["perplexity"] = "ok" if r.status_code == 200 else f"HTTP {r.status_code}"
    return status


def prompt_sizes() -> dict:
    """Static prompt overhead per tool, so we notice when someone bloats a system prompt."""
    sizes = {
        "review_diff.system": count_tokens(REVIEW_SYSTEM),
        "security_scan.system": count_tokens(SECURITY_PROMPT),
    }
    for lang, text in _CHECKLISTS.items():
        sizes[f"checklist.{lang}"] = count_tokens(text)
    return sizes


def fetch_costs(settings, days: int) -> list:
    resp = requests.get(
        f"{settings.finops_url}/api/llm-costs",
        params={"days": days, "team": "platform-ai", "group_by": "feature_context"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["rows"]


def render_csv(rows: list) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["feature_context", "model", "calls", "input_tokens", "output_tokens", "cost_usd"])
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k) for k in writer.fieldnames})
    return buf.getvalue()


def upload(report: str, settings) -> str:
    key = f"helix-mcp/usage/{date.today().isoformat()}.csv"
    s3 = boto3.client("s3")
    s3.put_object(Bucket=settings.reports_bucket, Key=key, Body=report.encode(), ContentType="text/csv")
    return f"s3://{settings.reports_bucket}/{key}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--upload", action="store_true")
    parser.add_argument("--skip-keys", action="store_true")
    args = parser.parse_args(argv)
    configure_logging()
    settings = get_settings()

    if not args.skip_keys:
        for provider, state in check_keys(settings).items():
            print(f"{provider:12s} {state}")
    for name, n in sorted(prompt_sizes().items()):
        print(f"{name:28s} {n:6d} tokens")

    report = render_csv(fetch_costs(settings, args.days))
    if args.upload:
        print("uploaded", upload(report, settings))
    else:
        sys.stdout.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
