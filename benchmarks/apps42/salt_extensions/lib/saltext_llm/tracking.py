"""
Bridge to the platform's usage tracking (opsai). Anything that goes through
these helpers is billed to the right team in the FinOps dashboard.
"""
import asyncio

from opsai.services.llm_usage_tracker import llm_tracker
from opsai.services.multi_model_service import TaskComplexity, multi_model_service


def tracked_generate(prompt, task_type="chat", complexity=TaskComplexity.SIMPLE):
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type=task_type,
            complexity=complexity,
        )
    )


async def tracked_claude(client, prompt, model, feature="salt_extensions"):
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context=feature
    ) as usage_log:
        resp = await client.messages.create(
            model=model,
            max_tokens=1024,
            messages=[{"role": "user", "content": prompt}],
        )
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
    return resp.content[0].text
