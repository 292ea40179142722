#!/usr/bin/env python
"""Post-deploy smoke test: one tiny request per provider with the prod keys.

Run from the deploy pipeline; exits non-zero if any provider fails.
"""
import os
import sys
import traceback

import litellm
from anthropic import Anthropic
from mistralai import Mistral
from openai import OpenAI

PING = [{"role": "user", "content": "Reply with the single word: pong"}]


def check_anthropic():
    client = Anthropic()
    msg = client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=5, messages=PING)
    return msg.content[0].text


def check_mistral():
    with Mistral(api_key=os.environ["MISTRAL_API_KEY"]) as mistral:
        res = mistral.chat.complete(model="mistral-small-latest", messages=PING, max_tokens=5)
    return res.choices[0].message.content


def check_deepseek():
    client = OpenAI(api_key=os.environ["DEEPSEEK_API_KEY"], base_url="https://api.deepseek.com")
    res = client.chat.completions.create(model="deepseek-chat", messages=PING, max_tokens=5)
    return res.choices[0].message.content


def check_perplexity():
    pplx = OpenAI(api_key=os.environ["PERPLEXITY_API_KEY"], base_url="https://api.perplexity.ai")
    res = pplx.chat.completions.create(model="sonar", messages=PING, max_tokens=5)
    return res.choices[0].message.content


def check_litellm_router_models():
    res = litellm.completion(model="mistral/mistral-small-latest", messages=PING, max_tokens=5)
    return res.choices[0].message.content


CHECKS = {
    "anthropic": check_anthropic,
    "mistral": check_mistral,
    "deepseek": check_deepseek,
    "perplexity": check_perplexity,
    "litellm": check_litellm_router_models,
}


def main(selected):
    failures = 0
    for name, check in CHECKS.items():
        if selected and name not in selected:
            continue
        try:
            print("%-11s ok  %r" % (name, check()))
        except Exception:
            failures += 1
            print("%-11s FAIL" % name)
            traceback.print_exc()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
