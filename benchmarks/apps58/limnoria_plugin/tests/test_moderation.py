from unittest import mock

from LLM.local import moderation

from .fakes import FakeBundle, FakeOpenAI


def test_openai_flags_violence():
    verdict = moderation.check(FakeBundle(), "openai", "bob", "I will kill it")
    assert verdict
    assert verdict.categories == ["violence"]


def test_short_lines_skipped():
    bundle = FakeBundle(openai=FakeOpenAI())
    assert not moderation.check(bundle, "openai", "bob", "lol")
    assert bundle.openai.calls == []


def test_mistral_path():
    client = mock.MagicMock()
    client.classifiers.moderate_chat.return_value.results = [
        mock.Mock(category_scores={"hate_and_discrimination": 0.93,
                                   "violence_and_threats": 0.1})]
    verdict = moderation.moderate_mistral(client, "eve", "something nasty")
    assert verdict.categories == ["hate_and_discrimination"]
    client.classifiers.moderate_chat.assert_called_once()


def test_cooldown():
    cd = moderation.Cooldown(60)
    assert cd.ready("x")
    assert not cd.ready("x")
