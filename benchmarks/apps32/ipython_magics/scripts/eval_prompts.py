"""Compare providers on the prompt regression set (tests/data/prompts.jsonl).

Everything here goes through the tracked service so the eval spend shows up
on the FinOps dashboard under feature "prompt_eval".
"""
import asyncio
import json
import sys
from pathlib import Path

from nbcopilot.services.llm_usage_tracker import llm_tracker
from nbcopilot.services.multi_model_service import TaskComplexity, multi_model_service
from nbcopilot.clients import get_anthropic_client

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "prompts.jsonl"


async def judge(question: str, answer: str) -> int:
    client = get_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model="claude-3-5-haiku-20241022", feature_context="prompt_eval_judge"
    ) as usage_log:
        msg = client.messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=5,
            messages=[{"role": "user", "content": f"Score 1-5.\nQ: {question}\nA: {answer}\nScore:"}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    try:
        return int(msg.content[0].text.strip()[0])
    except (ValueError, IndexError):
        return 0


async def run(providers):
    cases = [json.loads(l) for l in CASES.read_text().splitlines() if l.strip()]
    for prov in providers:
        scores = []
        for case in cases:
            answer = await multi_model_service.generate_response(
                prompt=case["prompt"], task_type="prompt_eval",
                complexity=TaskComplexity.SIMPLE, provider=prov,
            )
            scores.append(await judge(case["prompt"], answer))
        print(f"{prov:<12} mean={sum(scores) / max(len(scores), 1):.2f} n={len(scores)}")


if __name__ == "__main__":
    asyncio.run(run(sys.argv[1:] or ["openai", "anthropic", "mistral"]))
