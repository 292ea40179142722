#!/usr/bin/env python
"""Post-deploy smoke test: can we reach every provider with the prod keys?

Mostly uses free endpoints (model listing). DeepSeek and watsonx have no
cheap list call we trust, so they get a 1-token ping.
"""
from __future__ import annotations

import os
import sys

import anthropic
import cohere
import openai
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference

from supportbot.di import build_injector


def check(name: str, fn) -> bool:
    try:
        detail = fn()
    except Exception as exc:  # noqa: BLE001
        print(f"FAIL {name}: {type(exc).__name__}: {exc}")
        return False
    print(f"ok   {name}: {detail}")
    return True


def main() -> int:
    injector = build_injector()
    results = [
        check("openai", lambda: len(injector.get(openai.OpenAI).models.list().data)),
        check("anthropic", lambda: injector.get(anthropic.Anthropic).models.list(limit=5).data[0].id),
        check("cohere", lambda: len(injector.get(cohere.ClientV2).models.list().models)),
    ]

    deepseek = openai.OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    results.append(
        check(
            "deepseek",
            lambda: deepseek.chat.completions.create(
                model="deepseek-chat", messages=[{"role": "user", "content": "ping"}], max_tokens=1
            ).id,
        )
    )

    granite = ModelInference(
        model_id="ibm/granite-3-8b-instruct",
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    results.append(check("watsonx", lambda: granite.generate_text(prompt="ping", params={"max_new_tokens": 1})))
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
