#!/usr/bin/env python
"""Provider admin chores that bill no tokens.

    provider_admin.py models            # list models per provider
    provider_admin.py batch-file IN OUT # build + upload an OpenAI batch input file

Submitting the batch is done by hand from the dashboard after finance signs off.
"""
import argparse
import json

import boto3

from enrichment.config import llm_providers
from enrichment.cost import estimate_batch_cost
from enrichment.llm import build_client, get_openai
from enrichment.llm.prompts import BLURB_SYSTEM, BLURB_TEMPLATE, render


def list_models():
    cfg = llm_providers()
    openai_client = build_client("openai")
    print("openai:", sorted(m.id for m in openai_client.models.list())[:20])

    claude = build_client("anthropic")
    print("anthropic:", [m.id for m in claude.models.list(limit=20)])

    mistral = build_client("mistral")
    print("mistral:", [m.id for m in mistral.models.list().data])

    co = build_client("cohere")
    print("cohere:", [m.name for m in co.models.list().models])

    gclient = build_client("google")
    print("google:", [m.name for m in gclient.models.list()])

    together = build_client("together")
    print("together:", [m.id for m in together.models.list()][:20])

    bedrock_ctl = boto3.client("bedrock", region_name=cfg.aws_region)
    summaries = bedrock_ctl.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    print("bedrock:", [s["modelId"] for s in summaries])



def build_requests(rows, model="gpt-4o-mini"):
    for row in rows:
        yield {
            "custom_id": row["isbn"],
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {
                "model": model,
                "messages": [
                    {"role": "system", "content": BLURB_SYSTEM},
                    {"role": "user", "content": render(BLURB_TEMPLATE, words=120, **row)},
                ],
            },
        }


def upload_batch_file(src, dst):
    with open(src) as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    reqs = list(build_requests(rows))
    with open(dst, "w") as fh:
        for r in reqs:
            fh.write(json.dumps(r) + "\n")
    print("estimated cost: $%.2f" % estimate_batch_cost("gpt-4o-mini", [r["body"]["messages"][1]["content"] for r in reqs]))
    with open(dst, "rb") as fh:
        uploaded = get_openai().files.create(file=fh, purpose="batch")
    print("uploaded", uploaded.id)



def main(argv=None):
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("models")
    bf = sub.add_parser("batch-file")
    bf.add_argument("src")
    bf.add_argument("dst")
    args = parser.parse_args(argv)
    if args.cmd == "models":
        list_models()
    else:
        upload_batch_file(args.src, args.dst)


if __name__ == "__main__":
    main()
