from __future__ import annotations

from unittest.mock import MagicMock

import anthropic

from supportbot.worker.jobs import HANDLERS, embed_articles, nightly_digest, regulatory_summary


def test_handlers_registered():
    assert {"embed_articles", "regulatory_summary", "nightly_digest", "call_recording"} <= set(HANDLERS)


def test_embed_articles_uses_granite(injector, caplog):
    embed_articles(injector, {"articles": [{"body": "abc"}, {"body": "de"}]})
    assert "embedded 2 articles" in caplog.text


def test_regulatory_summary(injector):
    assert regulatory_summary(injector, {"lines": ["fees: 12"]}) == "granite summary"


def test_nightly_digest_submits_batch(injector):
    client = MagicMock(spec=anthropic.Anthropic)
    client.messages = MagicMock()
    client.messages.batches.create.return_value.id = "msgbatch_1"
    injector.binder.bind(anthropic.Anthropic, to=client)
    batch_id = nightly_digest(injector, {"tickets": [{"reference": "LL-1", "transcript": "hi"}]})
    assert batch_id == "msgbatch_1"
    assert client.messages.batches.create.call_count == 1
