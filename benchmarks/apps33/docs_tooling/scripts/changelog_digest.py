#!/usr/bin/env python
"""Weekly digest of documentation changes, posted to #devplatform-docs.

Uses litellm so the model can be switched between Bedrock and OpenAI from the CI variables.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import subprocess

import litellm
import requests

from doctools.legacy.gpt_helpers import moderate, summarize_diff
from doctools.services.llm_usage_tracker import llm_tracker

DIGEST_MODEL = os.environ.get("DIGEST_MODEL", "bedrock/anthropic.claude-3-haiku-20240307-v1:0")
SLACK_WEBHOOK = os.environ.get("SLACK_DOCS_WEBHOOK", "")


def git_log(since: str) -> str:
    return subprocess.run(
        ["git", "log", f"--since={since}", "--stat", "--", "docs/"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def digest(log_text: str) -> str:
    response = litellm.completion(
        model=DIGEST_MODEL,
        messages=[
            {"role": "system", "content": "Summarise these documentation commits as a short Slack digest with bullets."},
            {"role": "user", "content": log_text[:15000]},
        ],
        max_tokens=500,
    )
    return response.choices[0].message.content


async def digest_tracked(log_text: str) -> str:
    async with llm_tracker.track_llm_call(
        provider="bedrock", model=DIGEST_MODEL, feature_context="docs_changelog_digest"
    ) as usage_log:
        response = await litellm.acompletion(
            model=DIGEST_MODEL,
            messages=[{"role": "user", "content": "Summarise for Slack:\n" + log_text[:15000]}],
            max_tokens=500,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


def post_to_slack(text: str) -> None:
    if not SLACK_WEBHOOK:
        print(text)
        return
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--since", default="1 week ago")
    parser.add_argument("--legacy", action="store_true", help="use the old gpt helpers")
    parser.add_argument("--tracked", action="store_true")
    args = parser.parse_args()
    log_text = git_log(args.since)
    if not log_text.strip():
        return
    if args.legacy:
        text = summarize_diff(log_text)
    elif args.tracked:
        text = asyncio.run(digest_tracked(log_text))
    else:
        text = digest(log_text)
    cost = litellm.completion_cost(model=DIGEST_MODEL, prompt=log_text[:15000], completion=text)
    if moderate(text):
        raise SystemExit("digest flagged by moderation, not posting")
    post_to_slack(f"{text}\n\n_(≈${cost:.4f})_")


if __name__ == "__main__":
    main()
