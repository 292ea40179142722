from types import SimpleNamespace

import numpy as np

from actions import action_faq
from llm.retrieval import FAQIndex, Passage
from tests.fakes import FakeCohere, make_tracker


def _index():
    vectors = np.eye(3, dtype=np.float32)
    passages = [
        Passage("faq-1", "Roaming in the EU", "Roaming in the EU is included.", "https://x/1"),
        Passage("faq-2", "PUK code", "Find your PUK in the app.", "https://x/2"),
        Passage("faq-3", "eSIM", "eSIM activation takes 5 minutes.", None),
    ]
    return FAQIndex(vectors, passages)


def test_search_vector_orders_by_similarity():
    hits = _index().search_vector([0.1, 0.9, 0.0], top_k=2)
    assert [h.id for h in hits] == ["faq-2", "faq-1"]


def test_rerank_drops_low_scores(monkeypatch):
    monkeypatch.setattr(action_faq, "get_cohere_client", lambda: FakeCohere([0.9, 0.1, 0.6]))
    ps = _index().search_vector([1, 1, 1], top_k=3)
    ranked = action_faq._rerank("roaming?", ps, top_n=3)
    assert [p.score for p in ranked] == [0.9, 0.6]


def test_answer_faq_end_to_end(monkeypatch, dispatcher, domain):
    index = _index()
    monkeypatch.setattr(index, "search", lambda q: index.search_vector([1, 0, 0], 3))
    monkeypatch.setattr(action_faq, "get_faq_index", lambda: index)
    monkeypatch.setattr(action_faq, "get_cohere_client", lambda: FakeCohere([0.8, 0.3, 0.1]))

    class _Models:
        def generate_content(self, **kwargs):
            assert "faq-1" in kwargs["contents"]
            return SimpleNamespace(text="Roaming in the EU is included [faq-1].")

    monkeypatch.setattr(action_faq, "get_genai_client", lambda: SimpleNamespace(models=_Models()))

    events = action_faq.ActionAnswerFAQ().run(dispatcher, make_tracker("is roaming free in spain"), domain)
    assert dispatcher.messages[0]["text"].startswith("Roaming in the EU")
    assert events[0]["value"][0]["id"] == "faq-1"
