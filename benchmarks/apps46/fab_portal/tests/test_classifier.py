import asyncio
from unittest import mock

from app.ai.classifier import TicketClassifier
from tests.fakes import FakeMistral


def test_classify_normalises_label():
    clf = TicketClassifier(FakeMistral(reply=" Feature Request "))
    assert clf.classify("Please add SSO", "We'd like SAML") == "feature_request"


def test_unknown_label_falls_back_to_other():
    clf = TicketClassifier(FakeMistral(reply="weather"))
    assert clf.classify("?", "?") == "other"


def test_classify_async():
    clf = TicketClassifier(FakeMistral(reply="bug"))
    assert asyncio.run(clf.classify_async("crash", "stack trace")) == "bug"


def test_classify_with_mock_client():
    client = mock.MagicMock()
    client.chat.complete.return_value.choices = [mock.Mock(message=mock.Mock(content="billing"))]
    clf = TicketClassifier(client)
    assert clf.classify("invoice", "double charged") == "billing"
    client.chat.complete.assert_called_once()


def test_cohere_fallback_is_patched():
    with mock.patch("app.ai.classifier.get_cohere_v1_client") as getter:
        getter.return_value.classify.return_value.classifications = [mock.Mock(prediction="access")]
        from app.ai.classifier import classify_with_examples

        assert classify_with_examples(["locked out"], [("cannot log in", "access")]) == ["access"]
