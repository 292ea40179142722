#!/usr/bin/env python3
"""Upload runbooks to OpenAI file storage (experiment for the assistants PoC)."""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from skills.common import sync_openai_client  # noqa: E402


def main(root="/srv/runbooks"):
    client = sync_openai_client({"openai_api_key": "$OPENAI_API_KEY"})
    uploaded = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*.md"), recursive=True)):
        with open(path, "rb") as fh:
            f = client.files.create(file=fh, purpose="assistants")
        uploaded.append((path, f.id))
        print(f"{f.id}  {path}")
    existing = client.files.list(purpose="assistants")
    print(f"{len(uploaded)} uploaded, {len(existing.data)} total in account")


if __name__ == "__main__":
    main(*sys.argv[1:])
