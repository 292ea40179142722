from unittest import mock

import pytest

from mage_pipeline.utils import embeddings
from tests.fakes import FakeCohere


def test_embed_cohere_batches(monkeypatch):
    fake = FakeCohere(dim=3)
    monkeypatch.setattr(embeddings, 'get_cohere_client', lambda: fake)
    vectors = embeddings.embed_cohere(['x'] * 200)
    assert len(vectors) == 200
    assert fake.embed_calls == 3


def test_embed_unknown_provider():
    with pytest.raises(ValueError):
        embeddings.embed(['x'], provider='nope')


@mock.patch('mage_pipeline.utils.embeddings.get_openai_client')
def test_embed_openai_uses_dimensions(get_client):
    get_client.return_value.embeddings.create.return_value = mock.Mock(data=[mock.Mock(embedding=[0.0])])
    embeddings.embed_openai(['a'], dimensions=256)
    kwargs = get_client.return_value.embeddings.create.call_args.kwargs
    assert kwargs['dimensions'] == 256


def test_embed_dispatches_to_registry(monkeypatch):
    seen = {}

    def fake(texts):
        seen['n'] = len(texts)
        return [[1.0, 2.0] for _ in texts]

    monkeypatch.setitem(embeddings.EMBEDDERS, 'together', fake)
    assert embeddings.embed(['a', 'b'], provider='together') == [[1.0, 2.0], [1.0, 2.0]]
    assert seen['n'] == 2
