#!/usr/bin/env python
"""Nightly regression eval through the vendors' batch APIs (50% cheaper, 24h window).

    python scripts/eval_batches.py submit --cases eval/cases.jsonl
    python scripts/eval_batches.py submit-claude --cases eval/cases.jsonl
"""
from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from pathlib import Path
from typing import Dict, List

import anthropic

from docqa import prompts
from docqa.adapters.clients import get_openai_client
from docqa.config import configure_logging

logger = logging.getLogger("eval_batches")

OPENAI_MODEL = "gpt-4.1"
CLAUDE_MODEL = "claude-sonnet-4-20250514"


def load_cases(path: Path) -> List[Dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _judge_prompt(case: Dict) -> str:
    return prompts.JUDGE_PROMPT.format(
        question=case["question"], reference=case["reference"], candidate=case["candidate"]
    )


def submit_openai(cases: List[Dict]) -> str:
    client = get_openai_client()
    lines = [
        json.dumps(
            {
                "custom_id": case["id"],
                "method": "POST",
                "url": "/v1/chat/completions",
                "body": {
                    "model": OPENAI_MODEL,
                    "temperature": 0,
                    "messages": [{"role": "user", "content": _judge_prompt(case)}],
                },
            }
        )
        for case in cases
    ]
    upload = client.files.create(file=("eval.jsonl", io.BytesIO("\n".join(lines).encode())), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"job": "nightly-eval"},
    )
    logger.info("submitted OpenAI batch %s (%d requests)", batch.id, len(lines))
    return batch.id


def submit_claude(cases: List[Dict]) -> str:
    client = anthropic.Anthropic()
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": case["id"],
                "params": {
                    "model": CLAUDE_MODEL,
                    "max_tokens": 300,
                    "messages": [{"role": "user", "content": _judge_prompt(case)}],
                },
            }
            for case in cases
        ]
    )
    logger.info("submitted Claude batch %s (%d requests)", batch.id, len(cases))
    return batch.id


def main() -> int:
    configure_logging()
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=["submit", "submit-claude"])
    parser.add_argument("--cases", type=Path, required=True)
    args = parser.parse_args()
    cases = load_cases(args.cases)
    if args.command == "submit":
        print(submit_openai(cases))
    else:
        print(submit_claude(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main())
