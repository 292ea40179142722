from unittest import mock

import numpy as np

from pelican.plugins.related_posts_ai import embeddings, related

from fakes import FakeArticle, FakeGenerator, FakeVoyage


def test_related_posts_with_voyage(tmp_path, monkeypatch):
    monkeypatch.setenv("VOYAGE_API_KEY", "test")
    fake = FakeVoyage()
    arts = [FakeArticle(f"Post {i}", f"<p>{'word ' * (i + 1)}</p>") for i in range(5)]
    gen = FakeGenerator(arts, cache_dir=str(tmp_path), RELATED_POSTS_MAX=2, RELATED_POSTS_RERANK=True)
    with mock.patch.object(embeddings, "get_voyage", return_value=fake), \
         mock.patch.object(related, "get_client", return_value=fake):
        related.add_related_posts(gen)
    assert all(len(a.related_posts) == 2 for a in arts)
    assert len(fake.embedded) == 5


def test_cosine_top_excludes_self():
    m = np.eye(3, dtype=np.float32)
    assert 0 not in related._cosine_top(m, 0, 2)


def test_fake_rerank_direct():
    vo = FakeVoyage()
    res = vo.rerank("q", ["a", "b", "c"], model="rerank-2", top_k=2)
    assert [r.index for r in res.results] == [0, 1]
