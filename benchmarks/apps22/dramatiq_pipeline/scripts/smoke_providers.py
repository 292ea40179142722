#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider. Run from a worker pod:

    python -m scripts.smoke_providers --only openai,bedrock
"""
from __future__ import annotations

import argparse
import json
import sys
import time

import boto3
import ollama
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from claimsdoc.clients import get_anthropic, get_mistral, get_openai
from claimsdoc.providers import available, get_provider
from claimsdoc.settings import settings

PING = "Reply with the single word: pong"


def smoke_registry(names: list[str]) -> dict[str, str]:
    results = {}
    for name in names:
        t0 = time.perf_counter()
        try:
            out = get_provider(name).complete(PING, max_tokens=5)
            results[name] = f"ok {out.text.strip()!r} {int((time.perf_counter() - t0) * 1000)}ms"
        except Exception as exc:  # noqa: BLE001
            results[name] = f"FAIL {type(exc).__name__}: {exc}"
    return results


def smoke_bedrock_stream() -> str:
    rt = boto3.client("bedrock-runtime", region_name=settings.bedrock_region)
    resp = rt.converse_stream(
        modelId=settings.bedrock_model_id,
        messages=[{"role": "user", "content": [{"text": PING}]}],
        inferenceConfig={"maxTokens": 5},
    )
    chunks = []
    for event in resp["stream"]:
        if "contentBlockDelta" in event:
            chunks.append(event["contentBlockDelta"]["delta"].get("text", ""))
    return "".join(chunks)


def smoke_ollama_module() -> str:
    # module-level default client; only works on pods with OLLAMA_HOST set
    resp = ollama.chat(model=settings.ollama_model, messages=[{"role": "user", "content": PING}])
    return resp["message"]["content"]


def smoke_watsonx_stream() -> str:
    model = ModelInference(
        model_id=settings.watsonx_model_id,
        credentials=Credentials(url=settings.watsonx_url, api_key=settings.watsonx_api_key),
        project_id=settings.watsonx_project_id,
    )
    out = []
    for chunk in model.chat_stream(messages=[{"role": "user", "content": PING}]):
        if chunk.get("choices"):
            out.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(out)


def list_models() -> None:
    """Print the models each account can see (nothing here is billed)."""
    print("# openai")
    for m in get_openai().models.list():
        print("  ", m.id)

    print("# anthropic")
    for m in get_anthropic().models.list(limit=50):
        print("  ", m.id)

    print("# mistral")
    for m in get_mistral().models.list().data or []:
        print("  ", m.id)

    print("# bedrock")
    control = boto3.client("bedrock", region_name=settings.bedrock_region)
    for s in control.list_foundation_models(byOutputModality="TEXT")["modelSummaries"]:
        print("  ", s["modelId"])

    print("# ollama")
    for m in ollama.Client(host=settings.ollama_host).list().models:
        print("  ", m.model)


EXTRA = {
    "bedrock_stream": smoke_bedrock_stream,
    "ollama_module": smoke_ollama_module,
    "watsonx_stream": smoke_watsonx_stream,
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="")
    ap.add_argument("--extra", action="store_true")
    ap.add_argument("--list", action="store_true", help="only list models")
    args = ap.parse_args(argv)
    if args.list:
        list_models()
        return 0
    names = [n for n in args.only.split(",") if n] or available()
    results = smoke_registry(names)
    if args.extra:
        for key, fn in EXTRA.items():
            try:
                results[key] = "ok " + repr(fn()[:20])
            except Exception as exc:  # noqa: BLE001
                results[key] = f"FAIL {exc}"
    print(json.dumps(results, indent=2))
    return 0 if all(v.startswith("ok") for v in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
