"""Weekly on-call handover note across all stacks."""
from __future__ import annotations

import asyncio
import os

import pulumi.automation as auto
from platform_llm.services.llm_usage_tracker import llm_tracker
from platform_llm.services.multi_model_service import TaskComplexity, multi_model_service

from automation.summarise import _flatten
from infra_ai.clients import get_async_openai, get_groq

PROJECT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


async def stack_blurb(name: str) -> str:
    stack = auto.select_stack(stack_name=name, work_dir=PROJECT_DIR)
    outputs = stack.outputs()
    return await multi_model_service.generate_response(
        prompt=f"Summarise stack {name} outputs for handover:\n{_flatten(outputs)}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )


async def polish(note: str) -> str:
    client = get_async_openai()
    model = "gpt-4o-mini"
    async with llm_tracker.track_llm_call(provider="openai", model=model,
                                          feature_context="oncall_handover") as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Tidy this handover note, keep all facts:\n{note}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def stream_preview(note: str) -> None:
    """Interactive mode: stream a draft to the terminal (not tracked yet, see PLAT-881)."""
    stream = await get_async_openai().chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Draft a handover from:\n{note}"}],
        stream=True,
    )
    async for event in stream:
        print(event.choices[0].delta.content or "", end="", flush=True)
    print()


def title_for(note: str) -> str:
    groq = get_groq()
    out = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": f"A 6-word title for:\n{note[:4000]}"}],
        max_tokens=20,
    )
    return out.choices[0].message.content.strip()


async def main() -> None:
    names = os.environ.get("HANDOVER_STACKS", "staging,prod").split(",")
    blurbs = await asyncio.gather(*(stack_blurb(n) for n in names))
    note = "\n\n".join(f"### {n}\n{b}" for n, b in zip(names, blurbs))
    if os.getenv("INTERACTIVE"):
        await stream_preview(note)
    final = await polish(note)
    print(f"# {title_for(final)}\n\n{final}")


if __name__ == "__main__":
    asyncio.run(main())
