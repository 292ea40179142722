#!/usr/bin/env python
"""Weekly research digest: ask Perplexity a list of questions, then have
Claude merge the answers into one digest."""
import argparse
import asyncio

from llmctl.clients import get_anthropic
from llmctl.legacy import ask_many
from llmctl.notify import SlackNotifier
from llmctl.llm_usage_tracker import llm_tracker


async def build_digest(questions, model="claude-3-5-sonnet-20241022"):
    answers = await ask_many(questions)
    body = "\n\n".join(f"## {q}\n{a}" for q, a in zip(questions, answers))
    claude = get_anthropic()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="research_digest"
    ) as usage_log:
        msg = claude.messages.create(
            model=model,
            max_tokens=2000,
            messages=[{"role": "user", "content": "Merge into a weekly digest:\n\n" + body}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("questions_file")
    ap.add_argument("--post", action="store_true")
    args = ap.parse_args()
    with open(args.questions_file) as fh:
        qs = [line.strip() for line in fh if line.strip()]
    digest = asyncio.run(build_digest(qs))
    print(digest)
    if args.post:
        SlackNotifier().chat(digest[:3000])
