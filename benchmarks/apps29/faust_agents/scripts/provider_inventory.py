#!/usr/bin/env python
"""Provider housekeeping: which models each key can see, token/cost estimates for a
prompt file, and uploading the triage fine-tune JSONL.

No completions are made here (keep it that way -- this runs in CI with prod keys).

    python scripts/provider_inventory.py models
    python scripts/provider_inventory.py estimate prompt.txt
    python scripts/provider_inventory.py upload-finetune triage.jsonl
"""
from __future__ import annotations

import argparse
import os
import sys

import cohere
from anthropic import Anthropic
from mistralai import Mistral

from supportstream.clients import get_groq, get_sync_openai
from supportstream.tokens import count_tokens, estimate_cost


def list_models() -> None:
    print("openai:", [m.id for m in get_sync_openai().models.list()][:20])
    print("groq:", [m.id for m in get_groq().models.list().data])
    anth = Anthropic()
    print("anthropic:", [m.id for m in anth.models.list()])
    mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))
    print("mistral:", [m.id for m in (mistral.models.list().data or [])])
    co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))
    print("cohere:", [m.name for m in co.models.list().models or []])


def estimate(path: str) -> None:
    text = open(path).read()
    n = count_tokens(text)
    print(f"{n} tokens; gpt-4o-mini ~${estimate_cost('gpt-4o-mini', n, 500):.4f}")
    anth = Anthropic()
    counted = anth.messages.count_tokens(
        model="claude-3-5-sonnet-20241022",
        messages=[{"role": "user", "content": text}],
    )
    print(f"anthropic count: {counted.input_tokens}")
    co = cohere.ClientV2(api_key=os.environ.get("COHERE_API_KEY"))
    print("cohere tokenize:", len(co.tokenize(text=text, model="command-r-08-2024").tokens))


def upload_finetune(path: str) -> None:
    """Kicking off the job itself is done by hand in the dashboard."""
    client = get_sync_openai()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="fine-tune")
    print(f"uploaded {f.id} ({f.bytes} bytes)")
    for existing in client.files.list(purpose="fine-tune"):
        print(" -", existing.id, existing.filename)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("models")
    p_est = sub.add_parser("estimate")
    p_est.add_argument("path")
    p_up = sub.add_parser("upload-finetune")
    p_up.add_argument("path")
    args = ap.parse_args(argv)

    if args.cmd == "models":
        list_models()
    elif args.cmd == "estimate":
        estimate(args.path)
    else:
        upload_finetune(args.path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
