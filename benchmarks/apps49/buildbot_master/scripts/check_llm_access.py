#!/usr/bin/env python3
"""Health check run by the ops cron: verifies every provider key works
without spending tokens (list models / check key only)."""
import sys

import boto3

sys.path.insert(0, __file__.rsplit("/scripts/", 1)[0])
from llm import get_anthropic_client, get_cohere_client, get_openai_client  # noqa: E402


def check_openai():
    models = get_openai_client().models.list()
    return any(m.id.startswith("gpt-4o") for m in models)


def check_anthropic():
    page = get_anthropic_client().models.list(limit=20)
    return bool(page.data)


def check_bedrock(region="us-east-1"):
    control = boto3.client("bedrock", region_name=region)
    resp = control.list_foundation_models(byProvider="Anthropic")
    return bool(resp.get("modelSummaries"))


def check_cohere():
    return bool(get_cohere_client().models.list(page_size=5).models)


def main():
    failed = []
    for name, fn in [("openai", check_openai), ("anthropic", check_anthropic),
                     ("bedrock", check_bedrock), ("cohere", check_cohere)]:
        try:
            ok = fn()
        except Exception as exc:  # noqa: BLE001
            print(f"{name}: ERROR {exc}")
            failed.append(name)
            continue
        print(f"{name}: {'ok' if ok else 'no models'}")
        if not ok:
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
