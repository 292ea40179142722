#!/usr/bin/env python3
"""
Compare the job-review prompt across providers on a saved job return.

    ./scripts/eval_prompts.py fixtures/job_20240611.json
"""
import json
import os
import sys
import time

import anthropic

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "lib"))

from saltext_llm import bedrock_runtime, get_openai  # noqa: E402

PROMPT = "Group these failing minions by root cause:\n\n{}"


def run_claude(text):
    client = anthropic.Anthropic()
    t0 = time.time()
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=1500,
        messages=[{"role": "user", "content": PROMPT.format(text)}],
    )
    return msg.content[0].text, time.time() - t0


def run_bedrock(text):
    t0 = time.time()
    resp = bedrock_runtime().converse(
        modelId="anthropic.claude-3-haiku-20240307-v1:0",
        messages=[{"role": "user", "content": [{"text": PROMPT.format(text)}]}],
    )
    return resp["output"]["message"]["content"][0]["text"], time.time() - t0


def run_openai(text):
    t0 = time.time()
    out = get_openai().responses.create(model="gpt-4o", input=PROMPT.format(text))
    return out.output_text, time.time() - t0


RUNNERS = {"claude": run_claude, "bedrock": run_bedrock, "openai": run_openai}


def main(path):
    with open(path, encoding="utf-8") as fh:
        text = json.dumps(json.load(fh), indent=1)[:40000]
    for name, fn in RUNNERS.items():
        answer, secs = fn(text)
        print("=" * 20, name, "{:.1f}s".format(secs))
        print(answer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
