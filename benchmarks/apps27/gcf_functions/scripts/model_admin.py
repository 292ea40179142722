#!/usr/bin/env python3
"""Small admin chores against the model vendors.

    python scripts/model_admin.py list             # models visible to our project / keys
    python scripts/model_admin.py upload-guide guide.pdf

`upload-guide` puts the brand style guide in OpenAI file storage (the copy
team's assistant in the OpenAI dashboard reads it) and in the assets bucket.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

from google.cloud import storage

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))

from common.clients import get_genai_client, get_mistral_client, get_openai_client  # noqa: E402
from common.config import get_settings  # noqa: E402


def list_models() -> None:
    print("== Vertex (google-genai) ==")
    for m in get_genai_client().models.list(config={"query_base": True}):
        print(" ", m.name)

    print("== OpenAI ==")
    for m in get_openai_client().models.list():
        if m.id.startswith(("gpt-", "o", "text-embedding")):
            print(" ", m.id)

    print("== Mistral ==")
    resp = get_mistral_client().models.list()
    for m in resp.data or []:
        print(" ", m.id)


def upload_guide(pdf: pathlib.Path) -> None:
    client = get_openai_client()
    with pdf.open("rb") as fh:
        uploaded = client.files.create(file=fh, purpose="user_data")
    print("openai file id:", uploaded.id)

    old = [f for f in client.files.list(purpose="user_data") if f.filename == pdf.name and f.id != uploaded.id]
    for f in old:
        client.files.delete(f.id)
        print("deleted old", f.id)

    blob = storage.Client().bucket(get_settings().assets_bucket).blob(f"brand/{pdf.name}")
    blob.upload_from_filename(str(pdf), content_type="application/pdf")
    print("gs://%s/%s" % (blob.bucket.name, blob.name))


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    up = sub.add_parser("upload-guide")
    up.add_argument("pdf", type=pathlib.Path)
    args = ap.parse_args()
    if args.cmd == "list":
        list_models()
    else:
        upload_guide(args.pdf)
    return 0


if __name__ == "__main__":
    sys.exit(main())
