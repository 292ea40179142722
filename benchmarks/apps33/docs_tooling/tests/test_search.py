from __future__ import annotations

from doctools.search import CohereEmbedder, build_index
from doctools.search import rerank as rerank_mod


PAGES = [
    ("install/", "Install", "# Install\n\nUse pip.\n\n## Upgrade\n\nUse pip -U."),
    ("auth/", "Auth", "# Auth\n\nTokens are scoped per team."),
]


def test_build_index_embeds_chunks(fake_cohere):
    index = build_index(PAGES, CohereEmbedder(fake_cohere))
    assert len(index.chunks) >= 2
    assert fake_cohere.embed_calls == 1


def test_search_returns_hits(fake_cohere):
    embedder = CohereEmbedder(fake_cohere)
    index = build_index(PAGES, embedder)
    hits = index.search(embedder.embed_query("pip"), k=2)
    assert len(hits) == 2


def test_rerank_hits_uses_cohere(monkeypatch, fake_cohere):
    monkeypatch.setattr(rerank_mod, "get_cohere_client", lambda: fake_cohere)
    hits = [{"text": "a", "url": "a/"}, {"text": "b", "url": "b/"}]
    out = rerank_mod.rerank_hits("q", hits, top_n=1)
    assert out[0]["url"] == "a/"
    assert out[0]["score"] == 1.0


def test_rerank_local_is_offline():
    hits = [{"text": "nothing here"}, {"text": "install with pip"}]
    assert rerank_mod.rerank_local("pip install", hits, top_n=1)[0]["text"] == "install with pip"
