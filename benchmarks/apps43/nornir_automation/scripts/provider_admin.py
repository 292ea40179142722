#!/usr/bin/env python
"""Provider admin chores.

    python scripts/provider_admin.py models          # list models per provider
    python scripts/provider_admin.py upload docs/    # push runbook docs to OpenAI files
    python scripts/provider_admin.py tokens FILE     # count tokens for a prompt file
"""
from __future__ import annotations

import argparse
from pathlib import Path

from openai import OpenAI

from netauto.llm import get_mistral_client, get_openai_client, make_anthropic_client, make_watsonx_model
from netauto.llm.clients import get_bedrock_control


def list_models() -> None:
    print("== openai")
    for m in get_openai_client().models.list():
        print(" ", m.id)
    print("== anthropic")
    for m in make_anthropic_client().models.list(limit=50):
        print(" ", m.id)
    print("== mistral")
    for m in get_mistral_client().models.list().data:
        print(" ", m.id)
    print("== bedrock")
    resp = get_bedrock_control().list_foundation_models(byOutputModality="TEXT")
    for s in resp["modelSummaries"]:
        print(" ", s["modelId"])


def upload_docs(doc_dir: str) -> None:
    """Upload runbook markdown for the assistant's file_search store."""
    client = OpenAI()
    for p in sorted(Path(doc_dir).glob("*.md")):
        with p.open("rb") as fh:
            f = client.files.create(file=fh, purpose="assistants")
        print(p.name, f.id)


def count_prompt_tokens(path: str) -> None:
    text = Path(path).read_text()
    claude = make_anthropic_client().messages.count_tokens(
        model="claude-3-5-sonnet-20241022",
        messages=[{"role": "user", "content": text}],
    )
    granite = make_watsonx_model().tokenize(prompt=text)
    print(f"claude: {claude.input_tokens}  granite: {granite['result']['token_count']}")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("models")
    up = sub.add_parser("upload")
    up.add_argument("doc_dir", nargs="?", default="docs/runbooks")
    tk = sub.add_parser("tokens")
    tk.add_argument("path")
    args = ap.parse_args()
    if args.cmd == "models":
        list_models()
    elif args.cmd == "upload":
        upload_docs(args.doc_dir)
    else:
        count_prompt_tokens(args.path)


if __name__ == "__main__":
    main()
