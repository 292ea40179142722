#!/usr/bin/env python
"""Compare summary quality across vendors on a fixed sample of leads.

Usage: python scripts/eval_prompts.py --sample 20 --out eval.jsonl

Run from the project root so `wsgi` is importable. Results are reviewed by
hand in the weekly AI quality meeting.
"""
import argparse
import asyncio
import json
import os
import sys
import time

sys.path.insert(0, os.getcwd())

from anthropic import Anthropic  # noqa: E402
from openai import OpenAI  # noqa: E402

from wsgi import application  # noqa: E402,F401  (boots config + ORM)
from app.models.Lead import Lead  # noqa: E402
from app.services.ai.prompts import PromptLibrary  # noqa: E402
from app.services.llm_usage_tracker import llm_tracker  # noqa: E402

CANDIDATES = {
    "gpt-4o-mini": "openai",
    "gpt-4o": "openai",
    "claude-3-5-haiku-latest": "anthropic",
    "claude-3-5-sonnet-latest": "anthropic",
}


def run_openai(client, model, prompt):
    t0 = time.time()
    r = client.chat.completions.create(
        model=model, messages=[{"role": "user", "content": prompt}], temperature=0
    )
    return r.choices[0].message.content, time.time() - t0, r.usage.total_tokens


def run_anthropic(client, model, prompt):
    t0 = time.time()
    r = client.messages.create(
        model=model, max_tokens=800, messages=[{"role": "user", "content": prompt}]
    )
    return r.content[0].text, time.time() - t0, r.usage.input_tokens + r.usage.output_tokens


async def judge(client, summary, lead_text):
    """LLM-as-judge, tracked so eval spend shows up on the finops page."""
    async with llm_tracker.track_llm_call(
        provider="openai", model="gpt-4o", feature_context="prompt_eval_judge"
    ) as usage_log:
        r = await asyncio.to_thread(
            lambda: client.chat.completions.create(
                model="gpt-4o",
                messages=[
                    {
                        "role": "user",
                        "content": "Rate 1-5 how faithful this summary is.\n"
                        f"SOURCE:\n{lead_text}\n\nSUMMARY:\n{summary}\n\nAnswer with a digit.",
                    }
                ],
            )
        )
        usage_log.input_tokens = r.usage.prompt_tokens
        usage_log.output_tokens = r.usage.completion_tokens
    return r.choices[0].message.content.strip()[:1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--out", default="eval.jsonl")
    args = parser.parse_args()

    oai = OpenAI()
    claude = Anthropic()
    leads = Lead.where_not_null("notes").order_by("id", "desc").limit(args.sample).get()

    with open(args.out, "w") as fh:
        for lead in leads:
            prompt = PromptLibrary.render(
                PromptLibrary.LEAD_SUMMARY,
                company="Pipeline",
                name=lead.name,
                title=lead.title or "",
                account="",
                stage=lead.stage,
                notes=lead.notes,
                activity=lead.activity_text(),
            )
            for model, vendor in CANDIDATES.items():
                runner = run_openai if vendor == "openai" else run_anthropic
                client = oai if vendor == "openai" else claude
                text, secs, tokens = runner(client, model, prompt)
                score = asyncio.run(judge(oai, text, lead.profile_text()))
                fh.write(
                    json.dumps(
                        {
                            "lead": lead.id,
                            "model": model,
                            "secs": round(secs, 2),
                            "tokens": tokens,
                            "score": score,
                            "text": text,
                        }
                    )
                    + "\n"
                )
                print(f"{lead.id:>6} {model:<28} {secs:5.1f}s score={score}")


if __name__ == "__main__":
    main()
