from pipeline.rerank import CohereReranker, Reranker
from retrieval.store import Document, SearchHit


def _hits(*texts):
    return [SearchHit(Document(id=str(i), text=t), 0.5) for i, t in enumerate(texts)]


def test_cohere_rerank_orders(fake_cohere):
    ranked = CohereReranker(fake_cohere).rerank("q", _hits("a", "bbb", "cc"), top_n=2)
    assert [r.hit.doc.text for r in ranked] == ["bbb", "cc"]


def test_fallback_uses_llm(fake_cohere, fake_registry):
    fake_cohere.fail = True
    fake_registry["openai"].text = '{"scores": [1, 9]}'
    ranked = Reranker(fake_cohere)("q", _hits("x", "y"), top_n=1)
    assert ranked[0].hit.doc.text == "y"


def test_direct_fake_call(fake_cohere):
    out = fake_cohere.rerank(model="m", query="q", documents=["a", "bb"], top_n=1)
    assert out.results[0].index == 1
