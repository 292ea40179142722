from tests.fakes import FakeGroq, FakeOpenAI
from tutor.services.hints import HintService
from tutor.services.conversation import ConversationService


def test_reply_appends_turns(config):
    client = FakeOpenAI(replies=["¡Claro! ¿Algo más?"])
    svc = ConversationService(client, config)
    assert svc.reply("cafe", "Un café, por favor") == "¡Claro! ¿Algo más?"
    assert [t.role for t in svc.state_for("cafe").turns] == ["user", "assistant"]
    sent = client.chat.completions.calls[0]
    assert sent["messages"][0]["role"] == "system"


def test_stream_reply_collects_deltas(config):
    client = FakeOpenAI(replies=["hola que tal"])
    svc = ConversationService(client, config)
    seen = []
    text = svc.stream_reply("cafe", "hola", seen.append)
    assert text == "holaquetal"
    assert seen == ["hola", "que", "tal"]


def test_direct_fake_call():
    client = FakeOpenAI(replies=["x"])
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "x"


def test_example_sentence_splits_lines(config):
    svc = HintService(FakeGroq(replies=["Me gusta el pan.\nI like bread."]), config)
    assert svc.example_sentence("pan") == ("Me gusta el pan.", "I like bread.")


def test_hint_strips(config):
    svc = HintService(FakeGroq(replies=["  Think about the verb ser.  "]), config)
    assert svc.hint("Yo ___ estudiante") == "Think about the verb ser."
