#!/usr/bin/env python3
"""Summarise an existing output.xml (when the listener was not enabled).

    python scripts/summarize_run.py results/output.xml [--tracked]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from robot.api import ExecutionResult, ResultVisitor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.llm_usage_tracker import llm_tracker  # noqa: E402
from app.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402
from resources import get_anthropic_client, get_genai_client, settings  # noqa: E402
from resources.prompts import FAILURE_SUMMARY_SYSTEM  # noqa: E402


class FailureCollector(ResultVisitor):
    def __init__(self) -> None:
        self.failures: list[str] = []

    def visit_test(self, test) -> None:
        if test.failed:
            self.failures.append(f"{test.longname}: {test.message[:400]}")


def build_prompt(failures: list[str]) -> str:
    return "Summarise these failures:\n" + "\n".join(failures[:60])


async def summarise_tracked(prompt: str) -> str:
    return await multi_model_service.generate_response(
        prompt=prompt,
        task_type="failure_summary",
        complexity=TaskComplexity.SIMPLE,
        system_message=FAILURE_SUMMARY_SYSTEM,
    )


async def summarise_claude_tracked(prompt: str) -> str:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=settings.anthropic_model, feature_context="summarize_run"
    ) as usage_log:
        msg = client.messages.create(
            model=settings.anthropic_model,
            max_tokens=800,
            system=FAILURE_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


async def summarise_gemini(prompt: str) -> str:
    client = get_genai_client()
    resp = await asyncio.to_thread(
        client.models.generate_content,
        model=settings.gemini_model,
        contents=FAILURE_SUMMARY_SYSTEM + "\n\n" + prompt,
    )
    return resp.text


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output_xml", type=Path)
    parser.add_argument("--engine", choices=["tracked", "claude", "gemini"], default="tracked")
    args = parser.parse_args()

    result = ExecutionResult(str(args.output_xml))
    collector = FailureCollector()
    result.visit(collector)
    if not collector.failures:
        print("No failures.")
        return 0
    prompt = build_prompt(collector.failures)
    runner = {
        "tracked": summarise_tracked,
        "claude": summarise_claude_tracked,
        "gemini": summarise_gemini,
    }[args.engine]
    print(asyncio.run(runner(prompt)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
