#!/usr/bin/env python3
"""Generate the same segue with every provider, for the README comparison table.

Reads keys from the environment, not from mopidy.conf.
"""

import os
import time

import anthropic
import cohere
import openai
from together import Together

from mopidy_aidj.llm.prompts import COMMENTARY_SYSTEM

USER = "The track that just finished: Nick Drake - Pink Moon. Starting now: Khruangbin - Maria También."


def run_openai():
    client = openai.OpenAI()
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": COMMENTARY_SYSTEM}, {"role": "user", "content": USER}],
    )
    return r.choices[0].message.content, r.usage.total_tokens


def run_anthropic():
    client = anthropic.Anthropic()
    r = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=160,
        system=COMMENTARY_SYSTEM,
        messages=[{"role": "user", "content": USER}],
    )
    return r.content[0].text, r.usage.input_tokens + r.usage.output_tokens


def run_cohere():
    co = cohere.ClientV2(api_key=os.environ["CO_API_KEY"])
    r = co.chat(
        model="command-r-plus-08-2024",
        messages=[{"role": "system", "content": COMMENTARY_SYSTEM}, {"role": "user", "content": USER}],
    )
    return r.message.content[0].text, r.usage.tokens.output_tokens


def run_together():
    r = Together().chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "system", "content": COMMENTARY_SYSTEM}, {"role": "user", "content": USER}],
    )
    return r.choices[0].message.content, r.usage.total_tokens


def run_xai():
    grok = openai.OpenAI(api_key=os.environ["XAI_API_KEY"], base_url="https://api.x.ai/v1")
    r = grok.chat.completions.create(
        model="grok-2-latest",
        messages=[{"role": "system", "content": COMMENTARY_SYSTEM}, {"role": "user", "content": USER}],
    )
    return r.choices[0].message.content, r.usage.total_tokens


RUNNERS = {
    "openai": run_openai,
    "anthropic": run_anthropic,
    "cohere": run_cohere,
    "together": run_together,
    "xai": run_xai,
}


def main():
    print("| provider | seconds | tokens | text |")
    print("|---|---|---|---|")
    for name, fn in RUNNERS.items():
        start = time.monotonic()
        try:
            text, tokens = fn()
        except Exception as exc:  # noqa: BLE001 - report and move on
            print(f"| {name} | - | - | error: {exc} |")
            continue
        print(f"| {name} | {time.monotonic() - start:.1f} | {tokens} | {text.replace('|', '/')} |")


if __name__ == "__main__":
    main()
