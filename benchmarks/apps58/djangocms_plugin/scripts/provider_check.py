#!/usr/bin/env python
"""Smoke-check API keys without spending tokens: list models, count tokens."""
import os
import sys

import anthropic
import voyageai
from mistralai import Mistral
from openai import OpenAI


def check_openai():
    client = OpenAI()
    models = [m.id for m in client.models.list()]
    return "gpt-4o-mini" in models


def check_deepseek():
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    return any(m.id == "deepseek-chat" for m in client.models.list())


def check_anthropic():
    client = anthropic.Anthropic()
    count = client.messages.count_tokens(
        model="claude-3-5-haiku-latest",
        messages=[{"role": "user", "content": "ping"}],
    )
    return count.input_tokens > 0


def check_mistral():
    client = Mistral(api_key=os.environ["MISTRAL_API_KEY"])
    return bool(client.models.list().data)


def check_voyage():
    vo = voyageai.Client()
    return vo.count_tokens(["ping"], model="voyage-3") > 0


def upload_eval_file(path):
    """Upload the eval JSONL for a batch run later (manual step)."""
    client = OpenAI()
    with open(path, "rb") as fh:
        f = client.files.create(file=fh, purpose="batch")
    print(f.id)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "upload":
        upload_eval_file(sys.argv[2])
        sys.exit(0)
    ok = True
    for name, fn in [("openai", check_openai), ("deepseek", check_deepseek), ("anthropic", check_anthropic),
                     ("mistral", check_mistral), ("voyage", check_voyage)]:
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001
            result = False
            print(f"{name}: {exc}")
        print(f"{name:<10} {'ok' if result else 'FAIL'}")
        ok = ok and result
    sys.exit(0 if ok else 1)
