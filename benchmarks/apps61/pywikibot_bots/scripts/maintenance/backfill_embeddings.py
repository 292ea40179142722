#!/usr/bin/env python3
"""Backfill the embedding cache for all articles (run once per month).

    python -m scripts.maintenance.backfill_embeddings -start:! -workers:4
"""
from __future__ import annotations

import concurrent.futures
import itertools

import pywikibot
from pywikibot import pagegenerators

from wikiai import get_voyage_client
from wikiai.cache import ResponseCache
from wikiai.clients import get_openai_client
from wikiai.config import get_settings
from wikiai.wikitext import plain_text

BATCH = 128


def batched(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


def openai_fallback(texts: list[str]) -> list[list[float]]:
    """Used when Voyage is down; vectors go to a separate cache namespace."""
    resp = get_openai_client().embeddings.create(
        model='text-embedding-3-small', input=texts, dimensions=1024)
    return [d.embedding for d in resp.data]


def main(*args: str) -> None:
    workers = 4
    use_openai = False
    gen_factory = pagegenerators.GeneratorFactory()
    for arg in gen_factory.handle_args(pywikibot.handle_args(args)):
        if arg.startswith('-workers:'):
            workers = int(arg.split(':', 1)[1])
        elif arg == '-openai':
            use_openai = True
    gen = gen_factory.getCombinedGenerator(preload=True)
    cache = ResponseCache(get_settings().cache_path)
    vo = get_voyage_client()
    model = 'voyage-3.5'
    namespace = 'emb:text-embedding-3-small' if use_openai else f'emb:{model}'

    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {}
        for pages in batched(gen, BATCH):
            texts = [plain_text(p.text, limit=6000) for p in pages]
            if use_openai:
                fut = pool.submit(openai_fallback, texts)
            else:
                fut = pool.submit(vo.embed, texts, model=model,
                                  input_type='document')
            futures[fut] = pages
        for fut in concurrent.futures.as_completed(futures):
            result = fut.result()
            vectors = result if use_openai else result.embeddings
            for page, vec in zip(futures[fut], vectors):
                cache.set_json(f'{namespace}:{page.latest_revision_id}', vec)
    cache.close()


if __name__ == '__main__':
    main()
