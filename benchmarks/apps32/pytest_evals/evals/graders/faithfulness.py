"""Faithfulness grader -- migrated to the tracked multi_model_service."""
from __future__ import annotations

import json

from evalkit.multi_model_service import TaskComplexity, multi_model_service
from evalkit.llm_usage_tracker import llm_tracker

FAITHFUL_PROMPT = """Source document:
{source}

Summary:
{summary}

Is every claim in the summary supported by the source? Answer JSON
{{"faithful": true|false, "unsupported_claims": [..]}}"""


async def grade_faithfulness(source: str, summary: str) -> dict:
    raw = await multi_model_service.generate_response(
        prompt=FAITHFUL_PROMPT.format(source=source, summary=summary),
        task_type="grading",
        complexity=TaskComplexity.AGENTIC,
    )
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        return {"faithful": False, "unsupported_claims": ["<unparseable>"]}


async def grade_faithfulness_claude(client, source: str, summary: str) -> dict:
    """Kept for the claude-vs-gpt judge comparison; tracked manually."""
    model = "claude-3-5-sonnet-latest"
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="faithfulness_judge"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=400,
            messages=[{"role": "user", "content": FAITHFUL_PROMPT.format(source=source, summary=summary)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    try:
        return json.loads(msg.content[0].text)
    except (json.JSONDecodeError, IndexError):
        return {"faithful": False, "unsupported_claims": ["<unparseable>"]}
