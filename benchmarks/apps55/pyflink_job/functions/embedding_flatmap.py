"""Flat-map chat transcripts into (chunk, vector) records for the search index."""
from __future__ import annotations

import json
import os

import cohere
from pyflink.datastream import RuntimeContext
from pyflink.datastream.functions import FlatMapFunction

from config.settings import MODELS
from enrichment.embeddings import batched, chunk_text, embed_cohere


class ChunkEmbedder(FlatMapFunction):
    def __init__(self, batch_size: int = 48):
        self.batch_size = batch_size

    def open(self, runtime_context: RuntimeContext):
        self.co = cohere.ClientV2(api_key=os.environ["COHERE_API_KEY"])

    def flat_map(self, value):
        doc = json.loads(value)
        chunks = chunk_text(doc["text"])
        for group in batched(chunks, self.batch_size):
            resp = self.co.embed(
                model=MODELS.embed_model,
                texts=list(group),
                input_type="search_document",
                embedding_types=["float"],
            )
            for text, vec in zip(group, resp.embeddings.float_):
                yield json.dumps({"chat_id": doc["chat_id"], "chunk": text, "vector": vec})


class QueryEmbedder(FlatMapFunction):
    """Embeds agent search queries; goes through the shared helper."""

    def flat_map(self, value):
        q = json.loads(value)
        [vec] = embed_cohere([q["query"]], input_type="search_query")
        yield json.dumps({"query_id": q["id"], "vector": vec})
