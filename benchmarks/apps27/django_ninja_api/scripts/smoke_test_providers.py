#!/usr/bin/env python
"""Post-deploy smoke test: can we reach every LLM provider with prod credentials?

    DJANGO_SETTINGS_MODULE=homestead.settings python scripts/smoke_test_providers.py [--only openai,voyage]

Each check makes the smallest billable request that proves the key works,
except where a free listing endpoint is enough.
"""
import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "homestead.settings")

import django  # noqa: E402

django.setup()

from homestead.llm_factory import build_client, model_for  # noqa: E402
from legacy.gpt_helpers import legacy_embedding  # noqa: E402


def check_openai():
    client = build_client("openai", timeout=15)
    models = [m.id for m in client.models.list()]
    assert model_for("listing_copy") in models, "listing_copy model missing"
    resp = client.chat.completions.create(
        model=model_for("listing_copy"), messages=[{"role": "user", "content": "ping"}], max_tokens=1
    )
    return resp.model


def check_anthropic():
    client = build_client("anthropic", timeout=15)
    msg = client.messages.create(
        model=model_for("concierge_fast"), max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    return msg.model


def check_google():
    client = build_client("google")
    resp = client.models.generate_content(model=model_for("translation"), contents="ping")
    return resp.model_version


def check_voyage():
    client = build_client("voyage", timeout=15)
    result = client.embed(["ping"], model=model_for("search_embeddings"), input_type="query")
    return f"{len(result.embeddings[0])} dims"


def check_replicate():
    # listing only -- a staging run costs real money and 30s
    client = build_client("replicate")
    model = client.models.get(model_for("virtual_staging"))
    return model.latest_version.id if model.latest_version else "no version"


def check_xai():
    client = build_client("xai", timeout=15)
    names = [m.name for m in client.models.list_language_models()]
    return ",".join(names[:3])


def check_bedrock():
    client = build_client("bedrock", timeout=15)
    resp = client.invoke_model(
        modelId=model_for("inquiry_triage"),
        body=json.dumps(
            {
                "anthropic_version": "bedrock-2023-05-31",
                "max_tokens": 1,
                "messages": [{"role": "user", "content": "ping"}],
            }
        ),
    )
    return resp["ResponseMetadata"]["HTTPStatusCode"]


def check_legacy():
    return f"{len(legacy_embedding('ping'))} dims"


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "google": check_google,
    "voyage": check_voyage,
    "replicate": check_replicate,
    "xai": check_xai,
    "bedrock": check_bedrock,
    "legacy": check_legacy,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="comma-separated subset of " + ",".join(CHECKS))
    args = parser.parse_args()
    selected = args.only.split(",") if args.only else list(CHECKS)

    failures = 0
    for name in selected:
        started = time.monotonic()
        try:
            detail = CHECKS[name]()
            print(f"OK   {name:<10} {time.monotonic() - started:5.2f}s  {detail}")
        except Exception:  # noqa: BLE001
            failures += 1
            print(f"FAIL {name:<10} {time.monotonic() - started:5.2f}s")
            traceback.print_exc(limit=2)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
