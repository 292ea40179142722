#!/usr/bin/env python
"""One-off: re-label rows of the 2023 intent dataset whose label is missing or 'unknown'.

Written before labelkit had adapters; kept because the data team re-runs it every quarter.

    python scripts/backfill_labels.py intents_2023.jsonl out.jsonl --provider bedrock
"""
import argparse
import json
import os
import sys
import time

import boto3
from together import Together

INTENTS = ["billing", "cancel", "technical_issue", "account_access", "feedback", "other"]
PROMPT = (
    "Classify the customer message into one of these intents: {labels}.\n"
    "Answer with the intent only.\n\nMessage: {text}"
)

BEDROCK_MODEL = os.environ.get("BACKFILL_BEDROCK_MODEL", "anthropic.claude-3-haiku-20240307-v1:0")
TITAN_MODEL = "amazon.titan-text-express-v1"
TOGETHER_MODEL = os.environ.get("BACKFILL_TOGETHER_MODEL", "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")

runtime = boto3.client("bedrock-runtime", region_name=os.environ.get("AWS_REGION", "us-west-2"))
together = Together()


def relabel(text, provider):
    prompt = PROMPT.format(labels=", ".join(INTENTS), text=text[:3000])
    if provider == "bedrock":
        resp = runtime.converse(
            modelId=BEDROCK_MODEL,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 10, "temperature": 0},
        )
        return resp["output"]["message"]["content"][0]["text"].strip()
    if provider == "titan":
        resp = runtime.invoke_model(
            modelId=TITAN_MODEL,
            body=json.dumps({"inputText": prompt, "textGenerationConfig": {"maxTokenCount": 10, "temperature": 0}}),
        )
        return json.loads(resp["body"].read())["results"][0]["outputText"].strip()
    resp = together.chat.completions.create(
        model=TOGETHER_MODEL,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=10,
        temperature=0,
    )
    return resp.choices[0].message.content.strip()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--provider", choices=["bedrock", "titan", "together"], default="bedrock")
    ap.add_argument("--sleep", type=float, default=0.2)
    args = ap.parse_args(argv)

    fixed = total = 0
    with open(args.src) as fin, open(args.dst, "w") as fout:
        for line in fin:
            row = json.loads(line)
            total += 1
            if row.get("intent") in (None, "", "unknown"):
                label = relabel(row["text"], args.provider).lower()
                row["intent"] = label if label in INTENTS else "other"
                row["intent_source"] = f"backfill:{args.provider}"
                fixed += 1
                time.sleep(args.sleep)
            fout.write(json.dumps(row) + "\n")
    print(f"relabelled {fixed}/{total} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
