"""Commands that go through the tracked path (finops wants these attributed)."""
from __future__ import annotations

import asyncio
from typing import Any, Dict

from botlib.clients import get_async_openai_client
from botlib.prompts import TRIAGE_SYSTEM
from botlib.services.llm_usage_tracker import llm_tracker
from botlib.services.multi_model_service import TaskComplexity, multi_model_service


async def explain(args: str) -> str:
    return await multi_model_service.generate_response(
        prompt=f"Explain this to a new engineer: {args}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def postmortem_outline(incident_notes: str) -> str:
    return await multi_model_service.generate_response(
        prompt=incident_notes,
        task_type="postmortem_outline",
        complexity=TaskComplexity.AGENTIC,
        system=TRIAGE_SYSTEM,
        max_tokens=1500,
    )


async def rewrite(text: str, tone: str, model: str = "gpt-4o-mini") -> str:
    client = get_async_openai_client()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="zulip_rewrite"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": f"Rewrite the user's message in a {tone} tone."},
                {"role": "user", "content": text},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content or ""


TRACKED = {
    "explain": lambda msg, args: explain(args),
    "postmortem": lambda msg, args: postmortem_outline(args),
    "formal": lambda msg, args: rewrite(args, "formal"),
    "friendly": lambda msg, args: rewrite(args, "friendly"),
}


def run_tracked(name: str, message: Dict[str, Any], args: str) -> str:
    return asyncio.run(TRACKED[name](message, args))
