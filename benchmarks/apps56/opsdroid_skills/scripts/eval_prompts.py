#!/usr/bin/env python3
"""Compare the alert-digest prompt across providers on saved fixtures.

Reads fixtures/alerts/*.json and prints each model's digest side by side.
Costs real money; run by hand.
"""
import glob
import json
import os
import sys
import time

import boto3
import litellm
from anthropic import Anthropic
from openai import OpenAI

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from skills.common.prompts import ALERT_DIGEST, render  # noqa: E402
from skills.common.tokens import count_tokens, estimate_cost  # noqa: E402

FIXTURES = "fixtures/alerts/*.json"


def claude(prompt):
    client = Anthropic()
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=600,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def bedrock_claude(prompt):
    runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    resp = runtime.converse(
        modelId="anthropic.claude-3-5-sonnet-20240620-v1:0",
        messages=[{"role": "user", "content": [{"text": prompt}]}],
    )
    return resp["output"]["message"]["content"][0]["text"]


def sonar(prompt):
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    resp = pplx.chat.completions.create(model="sonar", messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


def litellm_models(prompts, models=("gpt-4o-mini", "gpt-4.1-mini")):
    out = {}
    for model in models:
        responses = litellm.batch_completion(
            model=model,
            messages=[[{"role": "user", "content": p}] for p in prompts],
        )
        out[model] = [r.choices[0].message.content for r in responses]
    return out


def main():
    prompts = []
    for path in sorted(glob.glob(FIXTURES)):
        with open(path) as fh:
            prompts.append(render(ALERT_DIGEST, alerts=json.load(fh)))
    if not prompts:
        print("no fixtures found", file=sys.stderr)
        return 1
    for i, prompt in enumerate(prompts):
        n = count_tokens(prompt)
        print(f"=== fixture {i} ({n} tokens, ~${estimate_cost('gpt-4o-mini', n, 400)}) ===")
        for name, fn in (("claude", claude), ("bedrock", bedrock_claude), ("sonar", sonar)):
            start = time.time()
            text = fn(prompt)
            print(f"--- {name} ({time.time() - start:.1f}s)\n{text}\n")
    for model, texts in litellm_models(prompts).items():
        print(f"--- {model}\n" + "\n\n".join(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
