#!/usr/bin/env python
"""Upload curated Q/A pairs for the (paused) fine-tuning experiment. Upload only; jobs are started by hand."""
from __future__ import annotations

import argparse
import pathlib

from openai import OpenAI
from mistralai import Mistral

from kb_api.config import get_settings


def main(path: pathlib.Path, provider: str) -> None:
    if provider == "openai":
        client = OpenAI()
        f = client.files.create(file=path.open("rb"), purpose="fine-tune")
        print("openai file id:", f.id)
        for existing in client.files.list(purpose="fine-tune"):
            print("  existing:", existing.id, existing.filename)
    else:
        client = Mistral(api_key=get_settings().mistral_api_key)
        uploaded = client.files.upload(file={"file_name": path.name, "content": path.read_bytes()})
        print("mistral file id:", uploaded.id)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=pathlib.Path)
    ap.add_argument("--provider", choices=["openai", "mistral"], default="openai")
    a = ap.parse_args()
    main(a.path, a.provider)
