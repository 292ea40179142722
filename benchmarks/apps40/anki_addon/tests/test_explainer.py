import asyncio
from unittest import mock

from ai_flashcards.gen import explainer, tracked

from .fakes import FakeAnthropic


def test_mnemonic_uses_given_client():
    fake = FakeAnthropic("Cats Are Tiny")
    assert explainer.mnemonic_for("cat", "Katze", client=fake) == "Cats Are Tiny"
    assert fake.messages.calls[0]["max_tokens"] == 120


def test_tracked_explain_records_usage(tmp_path):
    fake = FakeAnthropic("explained")
    with mock.patch.object(tracked, "get_anthropic_client", return_value=fake):
        text = asyncio.run(tracked.tracked_explain("Q", "A"))
    assert text == "explained"


def test_hint_goes_through_gateway():
    resp = mock.Mock(content="think of rivers")
    with mock.patch.object(tracked.multi_model_service, "generate_response", mock.AsyncMock(return_value=resp)):
        assert asyncio.run(tracked.hint_for("Longest river?")) == "think of rivers"


def test_mock_anthropic_client():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(text="x")]
    with mock.patch.object(explainer, "get_anthropic_client", return_value=client):
        assert explainer.mnemonic_for("a", "b") == "x"
    client.messages.create.assert_called_once()
