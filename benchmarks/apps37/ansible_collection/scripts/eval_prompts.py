#!/usr/bin/env python3
"""Offline prompt evaluation: run the summary prompt against a folder of
sample logs on several models and write a CSV for side-by-side review.

    python scripts/eval_prompts.py samples/ --models gpt-4o-mini claude-3-5-haiku-20241022
"""

import argparse
import asyncio
import csv
import pathlib
import sys

import anthropic
from openai import AsyncOpenAI

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[4]))
from ansible_collections.acme.llmops.plugins.module_utils.prompts import summary_messages  # noqa: E402

oai = AsyncOpenAI()
claude = anthropic.AsyncAnthropic()


async def run_one(model, messages, sem):
    async with sem:
        if model.startswith('claude'):
            resp = await claude.messages.create(model=model, max_tokens=600,
                                                system=messages[0]['content'], messages=messages[1:])
            return resp.content[0].text, resp.usage.input_tokens, resp.usage.output_tokens
        resp = await oai.chat.completions.create(model=model, messages=messages, max_tokens=600)
        return resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens


async def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument('samples', type=pathlib.Path)
    ap.add_argument('--models', nargs='+', default=['gpt-4o-mini', 'claude-3-5-haiku-20241022'])
    ap.add_argument('--out', default='eval.csv')
    ap.add_argument('--concurrency', type=int, default=4)
    args = ap.parse_args(argv)

    sem = asyncio.Semaphore(args.concurrency)
    rows = []
    for path in sorted(args.samples.glob('*.log')):
        messages = summary_messages(path.read_text(errors='replace')[:20000])
        results = await asyncio.gather(*(run_one(m, messages, sem) for m in args.models))
        for model, (text, inp, out) in zip(args.models, results):
            rows.append(dict(sample=path.name, model=model, input_tokens=inp, output_tokens=out, summary=text))

    with open(args.out, 'w', newline='') as fh:
        writer = csv.DictWriter(fh, fieldnames=['sample', 'model', 'input_tokens', 'output_tokens', 'summary'])
        writer.writeheader()
        writer.writerows(rows)
    print('wrote %d rows to %s' % (len(rows), args.out))


if __name__ == '__main__':
    asyncio.run(main())
