from backend.services.embeddings import EmbeddingService, cosine
from backend.services.search import SearchService


def test_cosine():
    assert cosine([1, 0], [1, 0]) == 1.0
    assert cosine([1, 0], [0, 1]) == 0.0
    assert cosine([0, 0], [1, 1]) == 0.0


def test_index_and_search_without_rerank(store, fake_cohere):
    a = store.create("Rust ownership", "borrow checker")
    store.create("Sourdough", "starter feeding")
    emb = EmbeddingService(store, co=fake_cohere)
    assert emb.index_missing() == 2
    assert store.missing_embeddings(emb.model) == []
    svc = SearchService(store, emb, use_rerank=False)
    hits = svc.search("rust", top_k=1)
    assert len(hits) == 1
    assert fake_cohere.embed_calls[-1]["input_type"] == "search_query"
    assert hits[0]["note"]["id"] in {a.id, store.all()[0].id}


def test_keyword(store, fake_cohere):
    store.create("Groceries", "milk eggs")
    svc = SearchService(store, EmbeddingService(store, co=fake_cohere))
    assert svc.keyword("milk")[0]["note"]["title"] == "Groceries"


def test_rerank_with_fake(store, fake_cohere, monkeypatch):
    import backend.services.search as search_mod

    monkeypatch.setattr(search_mod, "get_cohere_client", lambda: fake_cohere)
    notes = [store.create(f"n{i}", "body") for i in range(5)]
    svc = SearchService(store, EmbeddingService(store, co=fake_cohere))
    hits = svc.rerank("q", notes, top_k=2)
    assert [h["note"]["id"] for h in hits] == [notes[0].id, notes[1].id]
    assert fake_cohere.rerank("m", "q", ["a"], 1).results[0].index == 0


def test_duplicates(store, fake_cohere):
    store.create("a", "x")
    store.create("b", "y")
    emb = EmbeddingService(store, co=fake_cohere)
    emb.index_missing()
    assert len(emb.duplicates()) == 1
