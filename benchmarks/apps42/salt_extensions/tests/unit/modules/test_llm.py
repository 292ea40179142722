from unittest import mock

import pytest

from conftest import load_ext
from fakes import FakeOpenAI, make_utils


@pytest.fixture
def llm_mod(inject, minion_opts):
    client = FakeOpenAI(text="- disk full")
    mod = load_ext("modules", "llm")
    inject(
        mod,
        __utils__=make_utils(client=client),
        __opts__=minion_opts,
        __salt__={"event.send": mock.MagicMock()},
    )
    return mod, client


def test_summarize_uses_profile_model(llm_mod):
    mod, client = llm_mod
    assert mod.summarize("ERROR: disk full") == "- disk full"
    call = client.chat.completions.calls[0]
    assert call["model"] == "gpt-4o-mini"
    assert call["messages"][-1]["role"] == "user"


def test_embed_returns_vectors(llm_mod):
    mod, client = llm_mod
    assert mod.embed(["a"]) == [[0.1, 0.2]]
    assert client.embeddings.calls[0]["input"] == ["a"]


def test_fake_client_directly():
    client = FakeOpenAI(text="hi")
    resp = client.chat.completions.create(model="x", messages=[])
    assert resp.choices[0].message.content == "hi"


def test_classify_with_magicmock(inject, minion_opts):
    client = mock.MagicMock()
    client.responses.create.return_value.output_text = "Disk"
    mod = inject(load_ext("modules", "llm"), __utils__=make_utils(client=client), __opts__=minion_opts)
    assert mod.classify("x", ["disk", "net"]) == "disk"
    client.responses.create.assert_called_once()
