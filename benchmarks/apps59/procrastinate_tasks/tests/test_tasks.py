from __future__ import annotations

from docproc.models import DocumentStatus
from llm.embeddings import CachedEmbedder, VoyageEmbedder
from tasks.embed import embed_document
from tasks.summarize import summarize_document
from tests.fakes import FakeVoyage


async def test_summarize_short_document(context, fake_repo, doc, fake_clients):
    await summarize_document.original_func(context, str(doc.id))

    assert fake_repo.summaries[0].text == "a summary"
    assert fake_repo.summaries[0].input_tokens == 100
    assert (str(doc.id), DocumentStatus.READY) in fake_repo.statuses
    sent = fake_clients["anthropic"].messages.calls[0]
    assert sent["messages"][0]["content"] == doc.body


async def test_summary_fake_direct(fake_clients):
    resp = await fake_clients["anthropic"].messages.create(model="x", max_tokens=1, messages=[])
    assert resp.content[0].text == "a summary"


async def test_embed_document(context, fake_repo, doc):
    n = await embed_document.original_func(context, str(doc.id))
    assert n == len(fake_repo.chunks) == 1
    assert fake_repo.chunks[0].embedding == [0.1] * 4


async def test_cached_embedder_hits_cache():
    voyage = FakeVoyage()
    emb = CachedEmbedder(VoyageEmbedder(voyage))
    await emb.embed(["a", "b"], query=True)
    await emb.embed(["a"], query=True)
    assert voyage.embedded == [["a", "b"]]
