import types
from unittest import mock

from ai import guardrails
from ai.prompts import PromptTemplate, briefing_prompt, format_states


def test_briefing_prompt_defaults():
    text = briefing_prompt.generate(date="Monday 6 May", weather="sunny", house="all closed")
    assert "everyone" in text and "nothing scheduled" in text


def test_prompt_template_override():
    t = PromptTemplate("{a}-{b}", a="x")
    assert t.generate(b="y") == "x-y"


def test_format_states_empty():
    assert format_states({}) == "- (no entities)"


def test_guardrails_blocklist_short_circuits():
    client = mock.MagicMock()
    assert guardrails.is_speakable(client, "the alarm code is 1234") is False
    client.moderations.create.assert_not_called()


def test_guardrails_uses_moderation():
    client = mock.MagicMock()
    client.moderations.create.return_value = types.SimpleNamespace(
        results=[types.SimpleNamespace(flagged=True)])
    assert guardrails.safe_for_speaker(client, "something rude") == "Sorry, I can't say that."
