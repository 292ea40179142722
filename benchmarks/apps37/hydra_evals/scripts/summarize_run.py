#!/usr/bin/env python
"""Write a human-readable summary of a sweep directory (goes in the weekly update).

Runs through the platform gateway so the cost shows up on the finops dashboard.
"""
from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from platform_llm.llm_usage_tracker import llm_tracker
from platform_llm.multi_model_service import TaskComplexity, multi_model_service

from hydra_evals.models import get_openai_client

SUMMARY_PROMPT = """You are summarizing an LLM evaluation sweep for a research team update.
Here are the per-run reports as JSON lines:

{reports}

Write 5 bullet points: best model per task, notable regressions, and total cost."""


def collect_reports(sweep_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(sweep_dir.glob("*/report.json"))]


async def summarize(reports: list[dict]) -> str:
    blob = "\n".join(json.dumps(r) for r in reports)
    return await multi_model_service.generate_response(
        prompt=SUMMARY_PROMPT.format(reports=blob),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def title_for(summary: str) -> str:
    client = get_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="eval_sweep_title"
    ) as usage_log:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Give a 6-word title for:\n{summary}"}],
            max_tokens=20,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content.strip()


async def amain(sweep_dir: Path) -> None:
    reports = collect_reports(sweep_dir)
    if not reports:
        raise SystemExit(f"no report.json under {sweep_dir}")
    summary = await summarize(reports)
    title = await title_for(summary)
    out = sweep_dir / "SUMMARY.md"
    out.write_text(f"# {title}\n\n{summary}\n")
    print(out)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("sweep_dir", type=Path)
    asyncio.run(amain(ap.parse_args().sweep_dir))
