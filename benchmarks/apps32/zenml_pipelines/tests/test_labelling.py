from __future__ import annotations

from unittest import mock

from steps import labelling
from steps.labelling import _label_with_openai, _normalise_label


def test_normalise_label():
    assert _normalise_label(" Billing. ", ["billing", "bug"]) == "billing"
    assert _normalise_label("weird", ["billing"]) == "other"


def test_label_with_openai_uses_given_client(fake_openai):
    out = _label_with_openai(fake_openai, "gpt-4o-mini", "prompt", 16)
    assert out["text"] == "billing"
    assert fake_openai.chat.completions.calls[0]["model"] == "gpt-4o-mini"


def test_claude_fallback_is_mocked(fake_anthropic):
    with mock.patch.object(labelling, "get_anthropic_client", return_value=fake_anthropic):
        out = labelling._label_with_claude("prompt", "claude-3-5-haiku-latest")
    assert out["in"] == 20


def test_direct_mock_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content="bug"))
    ]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "bug"
