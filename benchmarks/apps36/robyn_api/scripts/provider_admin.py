#!/usr/bin/env python
"""Provider housekeeping.

    python scripts/provider_admin.py models          # what each key can see
    python scripts/provider_admin.py upload FILE     # upload triage fine-tune set
    python scripts/provider_admin.py tokens FILE     # token estimate for a prompt file
"""

from __future__ import annotations

import argparse
from pathlib import Path

from openai import OpenAI

from supportdesk.llm import (
    get_anthropic_client,
    get_cohere_client,
    get_deepseek_client,
    get_openai_client,
    get_voyage_client,
)


def cmd_models(_: argparse.Namespace) -> None:
    print("openai:", sorted(m.id for m in OpenAI().models.list()))
    print("deepseek:", sorted(m.id for m in get_deepseek_client().models.list()))
    print("anthropic:", [m.id for m in get_anthropic_client().models.list()])
    print("cohere:", [m.name for m in get_cohere_client().models.list().models])


def cmd_upload(args: argparse.Namespace) -> None:
    client = get_openai_client()
    with Path(args.file).open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="fine-tune")
    print("uploaded", uploaded.id)


def cmd_tokens(args: argparse.Namespace) -> None:
    text = Path(args.file).read_text()
    claude = get_anthropic_client().messages.count_tokens(
        model="claude-3-5-sonnet-latest", messages=[{"role": "user", "content": text}]
    )
    voyage = get_voyage_client().count_tokens([text], model="voyage-3")
    cohere_tokens = get_cohere_client().tokenize(text=text, model="command-r-plus")
    print(f"anthropic={claude.input_tokens} voyage={voyage} cohere={len(cohere_tokens.tokens)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("models").set_defaults(func=cmd_models)
    up = sub.add_parser("upload")
    up.add_argument("file")
    up.set_defaults(func=cmd_upload)
    tok = sub.add_parser("tokens")
    tok.add_argument("file")
    tok.set_defaults(func=cmd_tokens)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
