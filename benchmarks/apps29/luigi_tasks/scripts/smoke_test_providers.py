#!/usr/bin/env python
"""Send one tiny request to every provider to check keys and quotas.

Run by the on-call engineer after rotating secrets.
"""
import sys

from enrichment.config import DEFAULT_MODELS
from enrichment.llm import SUPPORTED_PROVIDERS, build_client

PING = "Reply with the single word: pong"


def ping(provider):
    client = build_client(provider)
    model = DEFAULT_MODELS[provider]
    if provider in ("openai", "together"):
        r = client.chat.completions.create(model=model, messages=[{"role": "user", "content": PING}], max_tokens=5)
        return r.choices[0].message.content
    if provider == "anthropic":
        r = client.messages.create(model=model, max_tokens=5, messages=[{"role": "user", "content": PING}])
        return r.content[0].text
    if provider == "mistral":
        r = client.chat.complete(model=model, messages=[{"role": "user", "content": PING}], max_tokens=5)
        return r.choices[0].message.content
    if provider == "cohere":
        r = client.chat(model=model, messages=[{"role": "user", "content": PING}], max_tokens=5)
        return r.message.content[0].text
    if provider == "google":
        return client.models.generate_content(model=model, contents=PING).text
    if provider == "bedrock":
        r = client.converse(modelId=model, messages=[{"role": "user", "content": [{"text": PING}]}],
                            inferenceConfig={"maxTokens": 5})
        return r["output"]["message"]["content"][0]["text"]
    raise ValueError(provider)


def main(argv):
    providers = argv or list(SUPPORTED_PROVIDERS)
    failed = 0
    for p in providers:
        try:
            print(f"{p:10s} ok   {ping(p)!r}")
        except Exception as exc:  # noqa: BLE001
            failed += 1
            print(f"{p:10s} FAIL {type(exc).__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
