from unittest.mock import MagicMock

from haystack import Document
from haystack.dataclasses import ChatMessage

from evaluation.metrics import ReportBuilder, mrr, ndcg_at_k, recall_at_k
from ragsvc.components import (
    CohereDocumentEmbedder,
    CohereRanker,
    MistralChatGenerator,
    QueryRewriter,
    VoyageTextEmbedder,
)
from ragsvc.utils.tokens import calculate_cost


def test_cohere_document_embedder_batches(fake_cohere):
    emb = CohereDocumentEmbedder(batch_size=2)
    emb._client = fake_cohere
    docs = [Document(content=f"doc {i}") for i in range(5)]
    out = emb.run(documents=docs)
    assert all(d.embedding for d in out["documents"])
    assert [c[0] for c in fake_cohere.calls] == ["embed", "embed", "embed"]


def test_ranker_orders_by_score(fake_cohere):
    ranker = CohereRanker(top_n=2)
    ranker._client = fake_cohere
    docs = [Document(content="a"), Document(content="bbbb"), Document(content="cc")]
    out = ranker.run(query="q", documents=docs)
    assert [d.content for d in out["documents"]] == ["bbbb", "cc"]


def test_voyage_text_embedder(fake_voyage):
    emb = VoyageTextEmbedder()
    emb._client = fake_voyage
    assert emb.run(text="hello")["embedding"] == [0.1, 0.2, 0.3]


def test_mistral_generator_passes_kwargs(fake_mistral):
    gen = MistralChatGenerator(temperature=0.0)
    gen._client = fake_mistral
    out = gen.run(messages=[ChatMessage.from_user("hi")], generation_kwargs={"max_tokens": 5})
    assert out["replies"] == ["mistral says hi"]
    assert fake_mistral.chat.last_kwargs["max_tokens"] == 5


def test_query_rewriter_skips_without_history():
    rewriter = QueryRewriter()
    rewriter._client = MagicMock()
    out = rewriter.run(query="how do I reset my password")
    assert out == {"query": "how do I reset my password", "rewritten": False}
    rewriter._client.chat.completions.create.assert_not_called()


def test_query_rewriter_uses_completion():
    rewriter = QueryRewriter()
    client = MagicMock()
    client.chat.completions.create.return_value.choices = [MagicMock(message=MagicMock(content="reset password acme"))]
    rewriter._client = client
    out = rewriter.run(query="and for admins?", history=[{"role": "user", "content": "reset password"}])
    assert out["rewritten"] is True
    kwargs = client.chat.completions.create.call_args.kwargs
    assert kwargs["temperature"] == 0


def test_fake_cohere_chat_shape(fake_cohere):
    resp = fake_cohere.chat(model="command-r", messages=[{"role": "user", "content": "x"}])
    assert resp.message.content[0].text == "fake answer"


def test_recall_and_mrr():
    assert recall_at_k(["a", "b", "c"], {"b", "z"}, k=2) == 0.5
    assert mrr(["x", "b"], {"b"}) == 0.5


def test_ndcg_perfect():
    assert ndcg_at_k(["a", "b"], {"a", "b"}, k=2) == 1.0


def test_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15


def test_report_generate():
    text = ReportBuilder("t").add("m", {"x": 1}).generate()
    assert "**x**: 1" in text
