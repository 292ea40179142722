"""Async bulk summarisation for libraries with thousands of books.

Run from the command line with calibre-debug:
    calibre-debug -r "AI Book Assistant" -- --library ~/Calibre --all
"""

import asyncio
import sys

from calibre_plugins.ai_book_assistant.config import prefs, model_for
from calibre_plugins.ai_book_assistant.llm.clients import get_async_openai_client
from calibre_plugins.ai_book_assistant.llm.llm_usage_tracker import llm_tracker
from calibre_plugins.ai_book_assistant.llm.prompts import summary_messages


async def _summarise_one(client, sem, book_id, mi, tracked):
    async with sem:
        msgs = summary_messages(mi, prefs['summary_words'])
        if tracked:
            async with llm_tracker.track_llm_call(
                provider='openai', model=model_for('openai'),
                feature_context='bulk_summary',
            ) as usage_log:
                resp = await client.chat.completions.create(
                    model=model_for('openai'), messages=msgs)
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
        else:
            resp = await client.chat.completions.create(
                model=model_for('openai'), messages=msgs)
        return book_id, resp.choices[0].message.content


async def summarise_all(pairs, concurrency=8):
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)
    tracked = bool(prefs['use_tracking_service'])
    try:
        results = await asyncio.gather(
            *(_summarise_one(client, sem, bid, mi, tracked) for bid, mi in pairs),
            return_exceptions=True)
    finally:
        await client.close()
    return {r[0]: r[1] for r in results if not isinstance(r, Exception)}


def run(argv):
    from calibre.library import db as open_db
    import argparse
    p = argparse.ArgumentParser()
    p.add_argument('--library', required=True)
    p.add_argument('--all', action='store_true')
    p.add_argument('--limit', type=int, default=50)
    a = p.parse_args(argv)
    db = open_db(a.library).new_api
    ids = sorted(db.all_book_ids())
    if not a.all:
        ids = ids[:a.limit]
    pairs = [(bid, db.get_metadata(bid)) for bid in ids]
    out = asyncio.run(summarise_all(pairs))
    col = prefs['summary_column']
    db.set_field(col, out)
    print('wrote %d summaries to %s' % (len(out), col))


if __name__ == '__main__':
    run(sys.argv[1:])
