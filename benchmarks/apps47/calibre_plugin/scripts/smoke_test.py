#!/usr/bin/env python3
"""One tiny request per provider, to check keys before a release.

    python scripts/smoke_test.py --only deepseek
"""

import argparse
import os

from google import genai
from openai import OpenAI


def check_openai():
    client = OpenAI()
    models = [m.id for m in client.models.list()]
    assert 'gpt-4o-mini' in models, 'gpt-4o-mini not available for this key'
    r = client.responses.create(model='gpt-4o-mini', input='Reply with the word pong.')
    return r.output_text


def check_deepseek():
    client = OpenAI(api_key=os.environ['DEEPSEEK_API_KEY'], base_url='https://api.deepseek.com')
    r = client.chat.completions.create(
        model='deepseek-chat', messages=[{'role': 'user', 'content': 'Reply with the word pong.'}],
        max_tokens=5)
    return r.choices[0].message.content


def check_gemini():
    client = genai.Client(api_key=os.environ.get('GEMINI_API_KEY'))
    r = client.models.generate_content(model='gemini-2.0-flash', contents='Reply with the word pong.')
    return r.text


CHECKS = {'openai': check_openai, 'deepseek': check_deepseek, 'google': check_gemini}


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--only', choices=sorted(CHECKS))
    a = p.parse_args()
    for name, fn in sorted(CHECKS.items()):
        if a.only and name != a.only:
            continue
        try:
            print('%-9s %s' % (name, fn().strip()))
        except Exception as e:
            print('%-9s FAILED: %s' % (name, e))


if __name__ == '__main__':
    main()
