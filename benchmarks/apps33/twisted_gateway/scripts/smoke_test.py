#!/usr/bin/env python
"""Quick provider smoke test; run after rotating keys.

    python scripts/smoke_test.py openai anthropic groq cohere voyage
"""
import os
import sys

import anthropic
import cohere
import voyageai
from groq import Groq
from openai import OpenAI


def check_openai():
    client = OpenAI()
    r = client.chat.completions.create(model="gpt-4o-mini", max_tokens=5,
                                       messages=[{"role": "user", "content": "Say ok"}])
    return r.choices[0].message.content


def check_anthropic():
    client = anthropic.Anthropic()
    r = client.messages.create(model="claude-3-5-haiku-20241022", max_tokens=5,
                               messages=[{"role": "user", "content": "Say ok"}])
    return r.content[0].text


def check_groq():
    r = Groq(api_key=os.environ["GROQ_API_KEY"]).chat.completions.create(
        model="llama-3.1-8b-instant", messages=[{"role": "user", "content": "Say ok"}])
    return r.choices[0].message.content


def check_cohere():
    co = cohere.ClientV2()
    return co.check_api_key()


def check_voyage():
    vo = voyageai.Client()
    return len(vo.embed(["ok"], model="voyage-3-lite").embeddings[0])


CHECKS = {
    "openai": check_openai,
    "anthropic": check_anthropic,
    "groq": check_groq,
    "cohere": check_cohere,
    "voyage": check_voyage,
}


def main(names):
    failed = 0
    for name in names or sorted(CHECKS):
        try:
            print("%-10s %r" % (name, CHECKS[name]()))
        except Exception as e:
            failed += 1
            print("%-10s FAILED: %s" % (name, e))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
