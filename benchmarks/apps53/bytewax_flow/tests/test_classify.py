from __future__ import annotations

from unittest import mock

from steps import classify as classify_mod
from steps.classify import TriageClassifier
from tests.fakes import FakeMistral, FakeOpenAI, FakeWorkerClients


def test_classify_parses_json(msg):
    fake = FakeOpenAI({"category": "billing", "priority": "p2", "sentiment": -0.4, "reasons": ["double charge"]})
    with mock.patch.object(classify_mod, "get_worker_clients", return_value=FakeWorkerClients(openai=fake)):
        result = classify_mod.classify(msg)
    assert result.category == "billing"
    assert result.priority == "p2"
    assert fake.calls[0][1]["response_format"] == {"type": "json_object"}


def test_classify_bad_json_defaults(msg):
    fake = FakeOpenAI("not json")
    with mock.patch.object(classify_mod, "get_worker_clients", return_value=FakeWorkerClients(openai=fake)):
        result = classify_mod.classify(msg)
    assert result.category == "other"
    assert "parse_error" in result.reasons


def test_unknown_category_is_other(msg):
    fake = FakeOpenAI({"category": "pizza", "priority": "p9"})
    clf = TriageClassifier(fake, model="gpt-4o")
    result = clf(msg)
    assert (result.category, result.priority) == ("other", "p3")
    assert clf.calls == 1


def test_eu_goes_to_mistral(msg):
    msg.metadata["region"] = "eu"
    oai, mis = FakeOpenAI(), FakeMistral('{"category": "account"}')
    clf = TriageClassifier(oai, model="gpt-4o", eu_client=mis)
    assert clf(msg).category == "account"
    assert not oai.calls and len(mis.calls) == 1


def test_fake_client_direct(msg):
    fake = FakeOpenAI({"category": "bug"})
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": msg.body}])
    assert "bug" in resp.choices[0].message.content


def test_mocked_openai_client(msg):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content='{"category":"bug"}'))]
    clf = TriageClassifier(client, model="gpt-4o")
    assert clf(msg).category == "bug"
    client.chat.completions.create.assert_called_once()
