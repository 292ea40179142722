"""Report-writing step that goes through the platform's tracked LLM service."""

from __future__ import annotations

import asyncio
import json
from typing import Dict

from typing_extensions import Annotated
from zenml import step

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from llm.clients import get_async_openai_client


async def _write_report(summary: Dict) -> str:
    return await multi_model_service.generate_response(
        prompt="Write a short markdown report for the ML team from this eval summary:\n"
        + json.dumps(summary, indent=2),
        task_type="report",
        complexity=TaskComplexity.AGENTIC,
    )


async def _title(report: str) -> str:
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o-mini", feature_context="eval_report_title"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Give a 6-word title for:\n{report[:2000]}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content.strip()


@step(enable_cache=False)
def write_eval_report(summary: Dict) -> Annotated[str, "eval_report_md"]:
    async def _both():
        report = await _write_report(summary)
        title = await _title(report)
        return f"# {title}\n\n{report}"

    return asyncio.run(_both())
