from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

import pytest

from helix_mcp.search_index import rerank_hits
from helix_mcp.models import DocHit
from helix_mcp.textutil import chunk_text, strip_code_fence
from helix_mcp.tools import embeddings


def _hit(i):
    return DocHit(doc_id=f"d{i}", chunk_id=0, title=f"T{i}", text=f"text {i}")


def test_rerank_hits_reorders():
    client = MagicMock()
    client.rerank.return_value = SimpleNamespace(
        results=[SimpleNamespace(index=2, relevance_score=0.9), SimpleNamespace(index=0, relevance_score=0.4)]
    )
    hits = rerank_hits(client, "q", [_hit(0), _hit(1), _hit(2)], top_n=2)
    assert [h.doc_id for h in hits] == ["d2", "d0"]
    assert hits[0].score == 0.9


def test_rerank_hits_empty():
    client = MagicMock()
    assert rerank_hits(client, "q", []) == []
    client.rerank.assert_not_called()


def test_chunk_text_short_text_is_one_chunk():
    assert chunk_text("hello world", max_tokens=50) == ["hello world"]


def test_strip_code_fence():
    assert strip_code_fence("```json\n[1]\n```") == "[1]"


@pytest.mark.asyncio
async def test_embed_openai():
    app = SimpleNamespace(
        settings=SimpleNamespace(embedding_model="text-embedding-3-small", cohere_embed_model="embed-v4.0"),
        openai=SimpleNamespace(embeddings=SimpleNamespace(create=AsyncMock())),
        cohere=MagicMock(),
    )
    app.openai.embeddings.create.return_value = SimpleNamespace(
        data=[SimpleNamespace(embedding=[0.1, 0.2]), SimpleNamespace(embedding=[0.3, 0.4])]
    )
    result = await embeddings._embed(app, ["a", "b"], "openai", "search_document")
    assert result.dimensions == 2
    app.openai.embeddings.create.assert_awaited_once()
