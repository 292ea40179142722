import json
from unittest import mock

from tests.fakes import FakeAnthropic
from tutor.services.grammar import GrammarChecker


def test_check_parses_json(config):
    payload = {"corrected": "Yo soy estudiante.", "errors": [], "score": 9}
    checker = GrammarChecker(FakeAnthropic(json.dumps(payload)), config)
    fb = checker.check("Yo es estudiante.")
    assert fb.corrected == "Yo soy estudiante."
    assert fb.score == 9


def test_bad_json_is_tolerated(config):
    checker = GrammarChecker(FakeAnthropic("not json"), config)
    assert checker.check("x").score is None


def test_with_magicmock(config):
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(type="text", text='{"score": 3}')]
    fb = GrammarChecker(client, config).check("foo")
    assert fb.score == 3
    client.messages.create.assert_called_once()


def test_token_estimate(config):
    assert GrammarChecker(FakeAnthropic(), config).estimate_prompt_tokens("hola") == 42
