"""Housekeeping: list available models and upload fine-tuning data.

    python scripts/provider_admin.py models
    python scripts/provider_admin.py upload training/normalizer_ft.jsonl
"""
from __future__ import annotations

import sys
from pathlib import Path

from huggingface_hub import HfApi

from llm_pipes.clients import get_cohere_client, get_openai_client, get_together_client, mistral
from llm_pipes.cost import PRICES


def list_models() -> None:
    oa = get_openai_client()
    print("# openai")
    for m in oa.models.list():
        if m.id.startswith(("gpt-", "text-embedding", "omni-moderation")):
            print(" ", m.id, "(priced)" if m.id in PRICES else "")
    print("# mistral")
    for m in mistral.models.list().data or []:
        print(" ", m.id)
    print("# cohere")
    for m in get_cohere_client().models.list(page_size=100).models:
        print(" ", m.name, m.endpoints)
    print("# together")
    for m in get_together_client().models.list():
        if m.type == "chat":
            print(" ", m.id)
    print("# hf (text-generation, trending)")
    for m in HfApi().list_models(pipeline_tag="text-generation", sort="likes", limit=10):
        print(" ", m.id)


def upload(path: Path) -> None:
    oa = get_openai_client()
    with path.open("rb") as fh:
        uploaded = oa.files.create(file=fh, purpose="fine-tune")
    print("uploaded", uploaded.id, uploaded.bytes, "bytes")
    with path.open("rb") as fh:
        mistral_file = mistral.files.upload(file={"file_name": path.name, "content": fh}, purpose="fine-tune")
    print("mistral file", mistral_file.id)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "models"
    if cmd == "models":
        list_models()
    elif cmd == "upload":
        upload(Path(sys.argv[2]))
    else:
        sys.exit(f"unknown command {cmd}")
