from __future__ import annotations

from kb_api.indexer.chunking import split_markdown
from kb_api.indexer.embedders import EMBEDDERS, get_embedder
from kb_api.services.tagging import parse_tags

import pytest


def test_split_markdown_keeps_headings():
    body = "# Intro\n\nhello\n\n## Setup\n\n" + "word " * 1000
    chunks = split_markdown(body, max_tokens=100)
    assert chunks[0].heading == "Intro"
    assert all(c.heading in {"Intro", "Setup"} for c in chunks)
    assert len(chunks) > 3


def test_get_embedder_unknown():
    with pytest.raises(ValueError):
        get_embedder("nope")
    assert set(EMBEDDERS) >= {"openai", "gemini"}


def test_parse_tags_dedupes():
    assert parse_tags("GraphQL, graphql, auth tokens, !!", 5) == ["graphql", "auth"]


async def test_indexer_with_fake_embedder(monkeypatch):
    from kb_api.indexer.worker import Indexer

    seen = []

    async def fake_embed(texts):
        seen.extend(texts)
        return [[0.0] * 4 for _ in texts]

    idx = Indexer(embedder=fake_embed, batch_size=2)
    idx.enqueue("a1")
    assert idx.queue.qsize() == 1
    assert await fake_embed(["x"]) == [[0.0] * 4]
