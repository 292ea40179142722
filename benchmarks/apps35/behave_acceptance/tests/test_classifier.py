from unittest import mock

from app.classifier import IntentClassifier, KeywordClassifier
from features.support.fakes import FakeOpenAI


def test_keyword_prefilter_short_circuits():
    fake = FakeOpenAI(replies=["sales"])
    clf = IntentClassifier(client=fake, labels=("billing", "support", "sales", "other"))
    result = clf.classify("I was charged twice on my card")
    assert result.label == "billing"
    assert fake.chat.completions.calls == []


def test_model_label_is_normalised():
    fake = FakeOpenAI(replies=["  Support.\n"])
    clf = IntentClassifier(client=fake, labels=("billing", "support", "other"))
    assert clf.classify("hello there", use_prefilter=False).label == "support"


def test_unknown_label_maps_to_other():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="weather"))
    ]
    clf = IntentClassifier(client=client, labels=("billing", "other"))
    assert clf.classify("is it raining", use_prefilter=False).label == "other"
    client.chat.completions.create.assert_called_once()


def test_keyword_classifier_none():
    assert KeywordClassifier().classify("good morning") is None


def test_scores_filter_unknown_labels():
    fake = FakeOpenAI(replies=['{"billing": 0.7, "support": 0.2, "weather": 0.1}'])
    clf = IntentClassifier(client=fake, labels=("billing", "support", "other"))
    scores = clf.classify_with_scores("charged twice")
    assert scores == {"billing": 0.7, "support": 0.2}
    sent = fake.chat.completions.calls[0]
    assert sent["response_format"] == {"type": "json_object"}


def test_labels_default_from_settings(monkeypatch):
    from app import config

    config.get_settings.cache_clear()
    monkeypatch.setenv("HELIX_GROQ_MODEL", "llama-test")
    clf = IntentClassifier(client=FakeOpenAI())
    assert clf.model == "llama-test"
    assert "billing" in clf.labels
    config.get_settings.cache_clear()
