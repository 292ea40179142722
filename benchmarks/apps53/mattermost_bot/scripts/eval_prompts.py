"""Compare summary prompts across vendors on saved threads.

    python scripts/eval_prompts.py fixtures/threads/*.json
"""
import asyncio
import json
import sys

import anthropic
import litellm

sys.path.insert(0, ".")
from services.prompts import SUMMARY_SYSTEM, render_thread  # noqa: E402

MODELS = ["gpt-4o-mini", "gemini/gemini-2.0-flash", "anthropic/claude-3-5-haiku-latest"]


async def run_litellm(transcript):
    calls = [
        litellm.acompletion(
            model=m,
            messages=[{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": transcript}],
        )
        for m in MODELS
    ]
    return await asyncio.gather(*calls)


def run_claude_batchless(transcript):
    client = anthropic.Anthropic()
    return client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=900,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": transcript}],
    )


def main(paths):
    for path in paths:
        posts = json.load(open(path))
        transcript = render_thread(posts)
        results = asyncio.run(run_litellm(transcript))
        print(f"== {path}")
        for model, res in zip(MODELS, results):
            cost = litellm.completion_cost(completion_response=res)
            print(f"-- {model} (${cost:.4f})\n{res.choices[0].message.content}\n")
        ref = run_claude_batchless(transcript)
        print(f"-- reference sonnet\n{ref.content[0].text}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
