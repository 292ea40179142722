# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Embeddings for the product catalogue (semantic search in the sale form)."""
import asyncio
import json
import logging
import math

from .configuration import get_config
from .llm import get_cohere_client, get_genai_client, get_openai_client

logger = logging.getLogger(__name__)

BATCH_SIZE = 96
OPENAI_MODEL = 'text-embedding-3-small'
COHERE_MODEL = 'embed-multilingual-v3.0'
GOOGLE_MODEL = 'text-embedding-004'


def _chunks(items, size=BATCH_SIZE):
    for i in range(0, len(items), size):
        yield items[i:i + size]


class Embedder:
    "Picks the embedding backend matching the configured provider"

    def __init__(self, provider=None):
        self.provider = provider or get_config().provider
        if self.provider in ('anthropic', 'watsonx'):
            # no first-party embeddings we trust for these, fall back
            self.provider = 'openai'

    def embed_documents(self, texts):
        vectors = []
        for chunk in _chunks(list(texts)):
            vectors.extend(self._embed(chunk, 'search_document'))
        return vectors

    def embed_query(self, text):
        return self._embed([text], 'search_query')[0]

    def _embed(self, texts, input_type):
        if self.provider == 'openai':
            response = get_openai_client().embeddings.create(
                model=OPENAI_MODEL, input=texts)
            return [d.embedding for d in response.data]
        if self.provider == 'cohere':
            response = get_cohere_client().embed(
                texts=texts, model=COHERE_MODEL, input_type=input_type,
                embedding_types=['float'])
            return list(response.embeddings.float_)
        if self.provider == 'google':
            client = get_genai_client()
            result = client.models.embed_content(
                model=GOOGLE_MODEL, contents=texts)
            return [e.values for e in result.embeddings]
        raise ValueError(self.provider)


async def embed_many_async(texts, concurrency=4):
    "Used by scripts/backfill_embeddings.py for the initial import"
    client = get_openai_client()
    semaphore = asyncio.Semaphore(concurrency)

    async def one(chunk):
        async with semaphore:
            response = await asyncio.to_thread(
                client.embeddings.create, model=OPENAI_MODEL, input=chunk)
            return [d.embedding for d in response.data]

    results = await asyncio.gather(*(one(c) for c in _chunks(list(texts))))
    return [v for chunk in results for v in chunk]


def prepare_batch_file(records, path):
    "Write a JSONL for the OpenAI Batch API and upload it (upload only)"
    with open(path, 'w') as fh:
        for record_id, text in records:
            fh.write(json.dumps({
                        'custom_id': str(record_id),
                        'method': 'POST',
                        'url': '/v1/embeddings',
                        'body': {'model': OPENAI_MODEL, 'input': text},
                        }) + '\n')
    client = get_openai_client()
    with open(path, 'rb') as fh:
        uploaded = client.files.create(file=fh, purpose='batch')
    return uploaded.id


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def encode(vector):
    return json.dumps([round(v, 6) for v in vector])


def decode(value):
    return json.loads(value) if value else None
