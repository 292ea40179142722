from types import SimpleNamespace
from unittest.mock import MagicMock

from qa_agent.tools.form_filler import FormFiller


def _fake_fireworks(content: str) -> MagicMock:
    client = MagicMock()
    client.chat.completions.create.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=content))]
    )
    return client


def test_propose_values_parses_json(monkeypatch):
    monkeypatch.setattr("qa_agent.tools.form_filler.get_openai_client", MagicMock())
    filler = FormFiller(client=_fake_fireworks('{"email": "a@b.c", "age": 42}'), model="fw-test")
    values = filler.propose_values([{"name": "email", "type": "email"}, {"name": "age", "type": "number"}])
    assert values == {"email": "a@b.c", "age": "42"}
    kwargs = filler.client.chat.completions.create.call_args.kwargs
    assert kwargs["response_format"] == {"type": "json_object"}


def test_adversarial_uses_higher_temperature(monkeypatch):
    monkeypatch.setattr("qa_agent.tools.form_filler.get_openai_client", MagicMock())
    filler = FormFiller(client=_fake_fireworks("{}"), model="fw-test", adversarial=True)
    filler.propose_values([])
    assert filler.client.chat.completions.create.call_args.kwargs["temperature"] == 0.9


def test_moderation_blocks_flagged(monkeypatch):
    openai_mock = MagicMock()
    openai_mock.moderations.create.return_value = SimpleNamespace(results=[SimpleNamespace(flagged=True)])
    monkeypatch.setattr("qa_agent.tools.form_filler.get_openai_client", lambda: openai_mock)
    filler = FormFiller(client=_fake_fireworks("{}"), model="fw-test")
    assert filler.is_safe_to_submit({"bio": "something"}) is False
