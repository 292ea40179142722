from unittest import mock

from game.quests import Quest, QuestGenerator, QuestLog
from tests.conftest import FakeChatClient


class Giver:
    name = "Marta"
    role = "innkeeper"


def test_generate_parses_json(fake_groq):
    gen = QuestGenerator(fake_groq, model="test-model")
    quest = gen.generate(Giver(), 2, [])
    assert quest.title == "T"
    call = fake_groq.chat.completions.calls[0]
    assert call["response_format"] == {"type": "json_object"}
    assert call["model"] == "test-model"


def test_generate_falls_back_on_bad_json():
    gen = QuestGenerator(FakeChatClient(content="not json"))
    quest = gen.generate(Giver(), 1, [])
    assert quest.title == "Eel Trouble"


def test_fake_client_direct():
    client = FakeChatClient()
    out = client.chat.completions.create(model="x", messages=[])
    assert out.choices[0].message.content


def test_questlog_accept(panda_builtins):
    log = QuestLog()
    log.offer(Quest(title="A", giver="B", summary="C"))
    log.accept_offered()
    assert log.titles() == ["A"]
    assert panda_builtins.sent[-1][0] == "quest-accepted"


def test_mocked_groq_client():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"title": "M", "giver": "G", "summary": "S"}'))
    ]
    quest = QuestGenerator(client).generate(Giver(), 1, ["Old"])
    assert quest.title == "M"
    client.chat.completions.create.assert_called_once()
