from unittest import mock

import apache_beam as beam
from apache_beam.testing.test_pipeline import TestPipeline
from apache_beam.testing.util import assert_that

from newsenrich.transforms import embed
from fakes import FakeCohere, FakeOpenAI


def test_cohere_batch_dofn_routes_languages(article, foreign_article):
    fake = FakeCohere(dims=4)
    fn = embed.CohereEmbedBatchDoFn()
    with mock.patch.object(embed.pool, "get_cohere", return_value=fake):
        fn.setup()
    out = list(fn.process([article, foreign_article]))
    assert {a.extras["embed_model"] for a in out} == {"embed-english-v3.0", "embed-multilingual-v3.0"}
    assert fake.embed_calls == 2


def test_openai_embed_dofn_uses_injected_factory(article):
    fn = embed.OpenAIEmbedDoFn(client_factory=lambda: FakeOpenAI(dims=3))
    fn.setup()
    (out,) = list(fn.process([article]))
    assert out.embedding == [0.1, 0.1, 0.1]


def test_embed_articles_composite_cohere(article):
    fake = FakeCohere(dims=2)

    def check(articles):
        assert all(len(a.embedding) == 2 for a in articles)

    with mock.patch.object(embed.pool, "get_cohere", return_value=fake):
        with TestPipeline() as p:
            out = p | beam.Create([article] * 5) | embed.EmbedArticles("cohere", batch_size=2)
            assert_that(out, check)


def test_voyage_dofn_splits_large_batches():
    fn = embed.VoyageEmbedDoFn(max_batch_tokens=10)
    fake_vo = mock.Mock()
    fake_vo.count_tokens.side_effect = lambda batch, model: 6 * len(batch)
    fake_vo.embed.side_effect = lambda batch, **kw: mock.Mock(embeddings=[[0.0]] * len(batch))
    fn._vo = fake_vo
    out = list(fn.process_batch(["a", "b", "c", "d"]))
    assert sum(len(b) for b in out) == 4
    assert fake_vo.embed.call_count == 4
