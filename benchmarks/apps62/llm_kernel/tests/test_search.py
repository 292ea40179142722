from llm_kernel import search
from llm_kernel.history_store import HistoryStore
from llm_kernel.session import Turn


def test_cosine_identical():
    assert abs(search.cosine([1, 2, 3], [1, 2, 3]) - 1.0) < 1e-9


def test_index_and_query(tmp_path, monkeypatch):
    store = HistoryStore.create(tmp_path / "h.sqlite", "s1")
    for i, p in enumerate(["pandas groupby", "matplotlib subplot", "pandas merge"], start=1):
        store.save(Turn(execution_count=i, prompt=p, response="ok"))
    fake = lambda texts: [[1.0 if "pandas" in t else 0.0, 1.0] for t in texts]
    monkeypatch.setitem(search.EMBEDDERS, "openai", fake)
    idx = search.CellIndex(store, provider="openai")
    assert idx.index_pending() == 3
    hits = idx.query("pandas")
    assert {h[1] for h in hits[:2]} == {1, 3}
    assert store.completion(1) == "ok"
