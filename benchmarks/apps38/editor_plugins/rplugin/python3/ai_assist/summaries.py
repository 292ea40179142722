"""`:AiSummary` -- tracked path (goes through the usage tracker)."""
import asyncio

from . import _bootstrap  # noqa: F401

from core.clients import get_deepseek
from core.llm_usage_tracker import llm_tracker
from core.multi_model_service import TaskComplexity, multi_model_service


async def summarize_buffer(text, model="deepseek-chat"):
    async with llm_tracker.track_llm_call(
        provider="deepseek", model=model, feature_context="nvim_buffer_summary"
    ) as usage_log:
        response = await asyncio.to_thread(
            get_deepseek().chat.completions.create,
            model=model,
            messages=[
                {"role": "system", "content": "Summarise this buffer in 5 bullets."},
                {"role": "user", "content": text[:30000]},
            ],
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


async def explain_error(message, code):
    return await multi_model_service.generate_response(
        prompt="Explain this error and suggest a fix.\n\nError: %s\n\nCode:\n%s" % (message, code),
        task_type="nvim_explain_error",
        complexity=TaskComplexity.AGENTIC,
    )


def run(coro):
    return asyncio.run(coro)
