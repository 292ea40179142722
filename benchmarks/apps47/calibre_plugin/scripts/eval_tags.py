#!/usr/bin/env python3
"""Compare tag suggestions across providers on a small labelled set.

    OPENAI_API_KEY=... ANTHROPIC_API_KEY=... MISTRAL_API_KEY=... \
        python scripts/eval_tags.py data/tag_eval.jsonl

Standalone on purpose: runs outside calibre, so it cannot import the plugin.
"""

import json
import os
import sys
import time

import anthropic
from mistralai import Mistral
from openai import OpenAI

PROMPT = ('Suggest up to 8 genre/subject tags for this book. Answer with a JSON '
          'array of strings only.\n\nTitle: {title}\nDescription: {desc}')


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def parse(text):
    try:
        return [t.lower() for t in json.loads(text)]
    except Exception:
        return []


def f1(pred, gold):
    pred, gold = set(pred), set(g.lower() for g in gold)
    if not pred or not gold:
        return 0.0
    tp = len(pred & gold)
    if not tp:
        return 0.0
    p, r = tp / len(pred), tp / len(gold)
    return 2 * p * r / (p + r)


def main(path):
    rows = load(path)
    oai = OpenAI()
    claude = anthropic.Anthropic()
    mistral = Mistral(api_key=os.environ['MISTRAL_API_KEY'])
    scores = {'openai': [], 'anthropic': [], 'mistral': []}
    for row in rows:
        prompt = PROMPT.format(title=row['title'], desc=row['description'][:3000])
        r1 = oai.chat.completions.create(
            model='gpt-4o-mini', messages=[{'role': 'user', 'content': prompt}], temperature=0)
        scores['openai'].append(f1(parse(r1.choices[0].message.content), row['tags']))
        r2 = claude.messages.create(
            model='claude-3-5-haiku-latest', max_tokens=200,
            messages=[{'role': 'user', 'content': prompt}])
        scores['anthropic'].append(f1(parse(r2.content[0].text), row['tags']))
        r3 = mistral.chat.complete(
            model='mistral-small-latest', messages=[{'role': 'user', 'content': prompt}])
        scores['mistral'].append(f1(parse(r3.choices[0].message.content), row['tags']))
        time.sleep(0.5)
    for k, v in scores.items():
        print('%-10s F1=%.3f (n=%d)' % (k, sum(v) / max(len(v), 1), len(v)))


if __name__ == '__main__':
    main(sys.argv[1])
