from __future__ import annotations

from unittest import mock

import openai

from notes_app.domain.models import Note
from notes_app.domain.use_cases.ask import AskNotes
from notes_app.domain.use_cases.tagging import AutoTagger
from notes_app.services.embeddings import EmbeddingService
from notes_app.services.search import SearchHit
from tests.fakes import FakeOpenAI, FakeTogether


def test_tagger_cleans_output():
    tagger = AutoTagger(FakeTogether('["Work", "bad tag!", "q3-planning"]'), "m")
    assert tagger.suggest(Note(1, "t", "b")) == ["work", "q3-planning"]


def test_embedding_batches():
    svc = EmbeddingService(FakeOpenAI(), "m", batch_size=2)
    assert len(svc.embed(["a", "bb", "ccc"])) == 3


def test_ask_passes_context():
    llm = mock.create_autospec(openai.OpenAI, instance=True)
    llm.responses.create.return_value = mock.Mock(output_text="42 [1]")
    search = mock.Mock()
    search.search.return_value = [SearchHit(Note(7, "Answer", "it is 42"), 0.9)]
    answer = AskNotes(search, llm, "gpt-4o-mini").ask("what is it?")
    assert answer.text == "42 [1]"
    assert answer.sources == [7]
    _, kwargs = llm.responses.create.call_args
    assert "it is 42" in kwargs["input"]


def test_fake_chat_records_calls():
    fake = FakeOpenAI("hi")
    fake.chat.completions.create(model="x", messages=[])
    assert fake.chat.completions.calls[0]["model"] == "x"


def test_search_without_reranker_keeps_recall_order():
    from notes_app.services.search import SearchService

    repo = mock.Mock()
    repo.iter_embeddings.return_value = [
        (Note(1, "a", "x"), [1.0, 0.0]),
        (Note(2, "b", "y"), [0.0, 1.0]),
    ]
    embeddings = mock.Mock()
    embeddings.embed_one.return_value = [0.9, 0.1]
    svc = SearchService(repo, embeddings, reranker=None)
    hits = svc.search("q", k=2)
    assert [h.note.id for h in hits] == [1, 2]


def test_search_uses_reranker_order():
    from notes_app.services.search import SearchService

    repo = mock.Mock()
    repo.iter_embeddings.return_value = [
        (Note(1, "a", "x"), [1.0, 0.0]),
        (Note(2, "b", "y"), [0.0, 1.0]),
    ]
    embeddings = mock.Mock()
    embeddings.embed_one.return_value = [0.9, 0.1]
    reranker = mock.MagicMock()
    reranker.rerank.create.return_value = mock.Mock(
        results=[mock.Mock(index=1, relevance_score=0.8), mock.Mock(index=0, relevance_score=0.3)]
    )
    hits = SearchService(repo, embeddings, reranker=reranker).search("q", k=2)
    assert [h.note.id for h in hits] == [2, 1]
