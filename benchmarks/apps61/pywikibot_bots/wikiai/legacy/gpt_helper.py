"""Prototype helpers written against openai<1.0.

Still imported by scripts/userscripts/old_stub_tagger.py, which runs on the
old toolforge venv pinned to openai==0.28. Don't port, delete with it.
"""
import os
import time

import openai

openai.api_key = os.environ.get('OPENAI_API_KEY')


def ask_gpt(prompt, model='gpt-3.5-turbo', retries=3):
    for attempt in range(retries):
        try:
            resp = openai.ChatCompletion.create(
                model=model,
                messages=[{'role': 'user', 'content': prompt}],
                temperature=0.3,
            )
            return resp['choices'][0]['message']['content']
        except openai.error.RateLimitError:
            time.sleep(2 ** attempt * 5)
    raise RuntimeError('gave up after %d attempts' % retries)


def legacy_complete(prompt, max_tokens=256):
    resp = openai.Completion.create(
        engine='gpt-3.5-turbo-instruct',
        prompt=prompt,
        max_tokens=max_tokens,
    )
    return resp['choices'][0]['text']
