#!/usr/bin/env python
"""Cron entry point: tracked eval sweep + tracked labeling QA.

Everything here goes through the platform tracker so it shows up on FinOps.
"""
import asyncio
import sys

import litellm
from mlplatform.services.llm_usage_tracker import llm_tracker
from mlplatform.services.multi_model_service import TaskComplexity, multi_model_service

from toolkit.context import ToolkitContext
from toolkit.evals.runner import EvalRunner
from toolkit.io_utils import load_prompt_file


async def canary(model="gpt-4o-mini"):
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="mltk_canary") as usage_log:
        response = litellm.completion(model=model, messages=[{"role": "user", "content": "ping"}], max_tokens=2)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


async def summary_line(scores):
    return await multi_model_service.generate_response(
        prompt=f"Write one sentence summarising these nightly eval scores: {scores}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def main(prompt_file):
    await canary()
    ctx = ToolkitContext()
    spec = load_prompt_file(prompt_file)
    scores = {}
    for model in ("gpt-4o-mini", "claude-3-haiku"):
        results = await EvalRunner(ctx, model).run_tracked(spec, limit=100)
        scores[model] = EvalRunner.summarize(results)["mean"]
    print(await summary_line(scores))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
