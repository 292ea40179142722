#!/usr/bin/env python3
"""One tiny request per provider to check keys before a big run.

Deliberately independent of wikiai.clients so it also catches a broken
factory. Costs a fraction of a cent.
"""
from __future__ import annotations

import os
import sys

import httpx
from mistralai import Mistral
from together import Together

PING = 'Reply with the single word: pong'


def check_mistral() -> str:
    with Mistral(api_key=os.environ['MISTRAL_API_KEY']) as mistral:
        res = mistral.chat.complete(
            model='mistral-small-latest',
            messages=[{'role': 'user', 'content': PING}],
            max_tokens=5,
        )
    return res.choices[0].message.content


def check_together() -> str:
    client = Together()
    res = client.chat.completions.create(
        model='meta-llama/Llama-3.3-70B-Instruct-Turbo',
        messages=[{'role': 'user', 'content': PING}],
        max_tokens=5,
    )
    return res.choices[0].message.content


def check_anthropic() -> str:
    # Raw HTTP so we can see the exact status code and headers.
    r = httpx.post(
        'https://api.anthropic.com/v1/messages',
        headers={
            'x-api-key': os.environ['ANTHROPIC_API_KEY'],
            'anthropic-version': '2023-06-01',
            'content-type': 'application/json',
        },
        json={'model': 'claude-3-5-haiku-latest', 'max_tokens': 5,
              'messages': [{'role': 'user', 'content': PING}]},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()['content'][0]['text']


def check_openai() -> str:
    r = httpx.post(
        'https://api.openai.com/v1/chat/completions',
        headers={'Authorization': f"Bearer {os.environ['OPENAI_API_KEY']}"},
        json={'model': 'gpt-4o-mini', 'max_tokens': 5,
              'messages': [{'role': 'user', 'content': PING}]},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()['choices'][0]['message']['content']


CHECKS = {
    'mistral': check_mistral,
    'together': check_together,
    'anthropic': check_anthropic,
    'openai': check_openai,
}


def main(argv: list[str]) -> int:
    failed = 0
    for name in argv or CHECKS:
        try:
            print(f'{name:10} ok   {CHECKS[name]()!r}')
        except Exception as exc:  # noqa: BLE001
            print(f'{name:10} FAIL {exc}')
            failed += 1
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
