#!/usr/bin/env python3
"""Compare providers on the failure-explanation prompt.

    python scripts/benchmark_prompts.py fixtures/failures/*.json

Results go to stdout as CSV. Costs real money - run it deliberately.
"""
import argparse
import csv
import functools
import json
import os
import sys
import time

import anthropic
from openai import OpenAI

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from octoprint_aiassist.analysis.failure_explainer import FailureContext  # noqa: E402
from octoprint_aiassist.llm.prompts import SYSTEM_PROMPT  # noqa: E402
from octoprint_aiassist.llm.tracking import calculate_cost  # noqa: E402

OPENROUTER_MODELS = ["deepseek/deepseek-chat", "mistralai/mistral-small-3.1-24b-instruct"]


def load_contexts(paths):
    for path in paths:
        with open(path) as fh:
            raw = json.load(fh)
        yield path, FailureContext(**raw)


def run_openai(client, model, prompt):
    r = client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": prompt}],
    )
    return r.choices[0].message.content, r.usage.prompt_tokens, r.usage.completion_tokens


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures", nargs="+")
    parser.add_argument("--claude-model", default="claude-3-5-haiku-latest")
    args = parser.parse_args()

    openai_client = OpenAI()
    router = OpenAI(base_url="https://openrouter.ai/api/v1", api_key=os.environ["OPENROUTER_API_KEY"])
    claude = anthropic.Anthropic()
    ask_claude = functools.partial(claude.messages.create, model=args.claude_model, max_tokens=700,
                                   system=SYSTEM_PROMPT)

    writer = csv.writer(sys.stdout)
    writer.writerow(["fixture", "provider", "model", "seconds", "in", "out", "usd", "chars"])
    for path, ctx in load_contexts(args.fixtures):
        prompt = ctx.render()

        t = time.time()
        text, tin, tout = run_openai(openai_client, "gpt-4o-mini", prompt)
        writer.writerow([path, "openai", "gpt-4o-mini", round(time.time() - t, 2), tin, tout,
                         calculate_cost("gpt-4o-mini", tin, tout), len(text)])

        for model in OPENROUTER_MODELS:
            t = time.time()
            r = router.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
            writer.writerow([path, "openrouter", model, round(time.time() - t, 2), r.usage.prompt_tokens,
                             r.usage.completion_tokens, "", len(r.choices[0].message.content)])

        t = time.time()
        msg = ask_claude(messages=[{"role": "user", "content": prompt}])
        writer.writerow([path, "anthropic", args.claude_model, round(time.time() - t, 2), msg.usage.input_tokens,
                         msg.usage.output_tokens, calculate_cost(args.claude_model, msg.usage.input_tokens,
                                                                 msg.usage.output_tokens),
                         len(msg.content[0].text)])


if __name__ == "__main__":
    main()
