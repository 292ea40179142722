#!/usr/bin/env python
"""Print which models each configured provider exposes (sanity check after key rotation)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import boto3  # noqa: E402

from monitor import clients  # noqa: E402


def main() -> None:
    print("openai:", [m.id for m in clients.get_openai().models.list()][:20])
    print("deepseek:", [m.id for m in clients.get_deepseek().models.list()])
    print("ollama:", [m["model"] for m in clients.get_ollama().list()["models"]])
    print("mistral:", [m.id for m in (clients.get_mistral().models.list().data or [])][:20])
    control = boto3.client("bedrock", region_name="us-east-1")
    summaries = control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]
    print("bedrock:", [s["modelId"] for s in summaries][:20])


if __name__ == "__main__":
    main()
