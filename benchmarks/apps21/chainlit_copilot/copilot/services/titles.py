"""Thread titles for the Chainlit sidebar."""
from __future__ import annotations

from copilot.config import settings
from copilot.providers import get_openai
from copilot.services.llm_usage_tracker import llm_tracker


async def make_title(first_message: str, session_id: str | None = None) -> str:
    client = get_openai()
    async with llm_tracker.track_llm_call(
        provider="openai",
        model=settings.openai_mini_model,
        feature_context="thread_title",
        session_id=session_id,
    ) as usage_log:
        completion = await client.chat.completions.create(
            model=settings.openai_mini_model,
            messages=[
                {"role": "system", "content": "Write a 3-6 word title for this agent request. No quotes."},
                {"role": "user", "content": first_message[:1000]},
            ],
            max_tokens=16,
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    return (completion.choices[0].message.content or "New conversation").strip()
