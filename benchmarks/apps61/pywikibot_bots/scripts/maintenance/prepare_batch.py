#!/usr/bin/env python3
"""Write a Batch API input file for overnight summary runs and upload it.

Submitting the batch is done by hand from the dashboard after review, so
this script only uploads the JSONL.
"""
from __future__ import annotations

import json
import tempfile

import pywikibot
from pywikibot import pagegenerators

from wikiai import prompts
from wikiai.clients import get_openai_client
from wikiai.wikitext import plain_text


def build_line(page, model: str) -> dict:
    return {
        'custom_id': f'rev-{page.latest_revision_id}',
        'method': 'POST',
        'url': '/v1/chat/completions',
        'body': {
            'model': model,
            'messages': [
                {'role': 'system', 'content': prompts.render(
                    prompts.SUMMARY_SYSTEM, max_words=80)},
                {'role': 'user', 'content': prompts.render(
                    prompts.SUMMARY_USER, title=page.title(),
                    text=plain_text(page.text))},
            ],
            'max_tokens': 400,
        },
    }


def main(*args: str) -> None:
    gen_factory = pagegenerators.GeneratorFactory()
    gen_factory.handle_args(pywikibot.handle_args(args))
    gen = gen_factory.getCombinedGenerator(preload=True)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False,
                                     encoding='utf-8') as fh:
        count = 0
        for page in gen:
            fh.write(json.dumps(build_line(page, 'gpt-4o-mini')) + '\n')
            count += 1
        path = fh.name
    client = get_openai_client()
    with open(path, 'rb') as upload:
        uploaded = client.files.create(file=upload, purpose='batch')
    pywikibot.info(f'uploaded {count} requests as {uploaded.id}')


if __name__ == '__main__':
    main()
