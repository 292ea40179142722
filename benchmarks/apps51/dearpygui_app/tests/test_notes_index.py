from research_assistant.providers.cohere_embed import CohereEmbedder
from research_assistant.services.notes_index import NotesIndex


def test_rebuild_and_search(tmp_store, fake_cohere, monkeypatch):
    tmp_store.create("a", "transformers use attention")
    tmp_store.create("b", "convolutions are local")
    index = NotesIndex(tmp_store, CohereEmbedder(client=fake_cohere))
    assert index.rebuild() == 2
    monkeypatch.setattr("research_assistant.services.notes_index.get_cohere_client", lambda: fake_cohere)
    hits = index.search("attention", k=1)
    assert len(hits) == 1
    assert fake_cohere.embed_calls == 2


def test_embed_batches(fake_cohere):
    emb = CohereEmbedder(client=fake_cohere)
    vecs = emb.embed_documents([f"note {i}" for i in range(200)])
    assert len(vecs) == 200
    assert fake_cohere.embed_calls == 3
