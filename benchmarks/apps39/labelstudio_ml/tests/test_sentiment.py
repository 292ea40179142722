from unittest import mock

import pytest

from sentiment_anthropic import batch


@pytest.fixture
def patched_client(fake_anthropic):
    with mock.patch.object(batch, "get_anthropic_client", return_value=fake_anthropic):
        yield fake_anthropic


def test_classify_parallel(patched_client):
    out = batch.classify_parallel(["good", "bad"], system="s", workers=2)
    assert sorted(out) == [0, 1]
    assert all(v == "Positive" for v in out.values())
    assert len(patched_client.messages.calls) == 2


def test_fake_messages_direct(fake_anthropic):
    resp = fake_anthropic.messages.create(model="x", max_tokens=1, messages=[])
    assert resp.content[0].text == "Positive"
