"""Evals migrated to the tracked path (finops asked for these first)."""
from __future__ import annotations

import pytest

from evalkit.llm_usage_tracker import llm_tracker
from evalkit.multi_model_service import TaskComplexity, multi_model_service

TRICKY = [
    ("A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. "
     "How much does the ball cost?", "0.05"),
    ("If it takes 5 machines 5 minutes to make 5 widgets, how long would it take "
     "100 machines to make 100 widgets? Answer in minutes.", "5"),
]


@pytest.mark.parametrize("question,answer", TRICKY)
async def test_reasoning_traps(question, answer, record_score):
    reply = await multi_model_service.generate_response(
        prompt=question + "\nAnswer with just the number.",
        task_type="chat",
        complexity=TaskComplexity.AGENTIC,
    )
    ok = answer in reply
    record_score("trap_ok", float(ok))
    assert ok


async def test_system_prompt_respected():
    reply = await multi_model_service.generate_response(
        prompt="What is your name?",
        system="Your name is Evalbot. Always state your name.",
    )
    assert "evalbot" in reply.lower()


async def test_claude_direct_but_tracked(async_anthropic):
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-haiku-latest", feature_context="evals:tracked"
    ) as usage_log:
        msg = await async_anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=50,
            messages=[{"role": "user", "content": "Reply with the single word: tracked"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    assert "tracked" in msg.content[0].text.lower()


@pytest.fixture
def async_anthropic():
    from evalkit.providers import make_async_anthropic_client

    return make_async_anthropic_client()
