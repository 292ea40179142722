#!/usr/bin/env python
"""Re-embed every ticket summary after the embedding model changes.

Async because the warehouse has ~400k rows; uses thread offloading for the
sync SDK clients.
"""
import asyncio
import functools
import os
from typing import List

import asyncpg

from mage_pipeline.utils.clients import client_for, get_async_anthropic_client, get_cohere_client, get_openai_client

BATCH = 96


async def _fetch(conn, offset: int) -> List[asyncpg.Record]:
    return await conn.fetch(
        'SELECT ticket_id, summary FROM support.ticket_enrichment ORDER BY ticket_id OFFSET $1 LIMIT $2',
        offset, BATCH,
    )


async def describe_changes(old_model: str, new_model: str) -> str:
    """Ask Claude for a changelog line for the #ml-support channel."""
    claude = get_async_anthropic_client()
    msg = await claude.messages.create(
        model='claude-3-5-haiku-20241022',
        max_tokens=120,
        messages=[{'role': 'user', 'content': f'One sentence: we re-embedded tickets from {old_model} to {new_model}.'}],
    )
    return msg.content[0].text


def probe_together_dims() -> int:
    together = client_for('together')
    out = together.embeddings.create(model='togethercomputer/m2-bert-80M-8k-retrieval', input=['probe'])
    return len(out.data[0].embedding)


async def run(provider: str) -> None:
    conn = await asyncpg.connect(os.environ['DATABASE_URL'])
    co = get_cohere_client()
    oai = get_openai_client()
    embed_docs = functools.partial(co.embed, model='embed-english-v3.0', input_type='search_document',
                                   embedding_types=['float'])
    offset = 0
    while True:
        rows = await _fetch(conn, offset)
        if not rows:
            break
        texts = [r['summary'] or '' for r in rows]
        if provider == 'openai':
            resp = await asyncio.to_thread(oai.embeddings.create, model='text-embedding-3-small', input=texts)
            vectors = [d.embedding for d in resp.data]
        else:
            resp = embed_docs(texts=texts)
            vectors = resp.embeddings.float_
        await conn.executemany(
            'UPDATE support.ticket_enrichment SET embedding = $2 WHERE ticket_id = $1',
            [(r['ticket_id'], v) for r, v in zip(rows, vectors)],
        )
        offset += BATCH
        print(f'{offset} rows re-embedded')
    await conn.close()
    if os.environ.get('ANNOUNCE'):
        print(await describe_changes(os.environ.get('OLD_MODEL', 'embed-english-v2.0'), 'embed-english-v3.0'))


if __name__ == '__main__':
    asyncio.run(run(os.environ.get('EMBED_PROVIDER', 'cohere')))
