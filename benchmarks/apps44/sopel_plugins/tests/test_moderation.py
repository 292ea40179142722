from sopel_llm.moderation import ModerationGate
from tests.fakes import FakeOpenAI


def test_flags_harassment():
    client = FakeOpenAI()
    client.moderation_flags = {"idiot": True}
    gate = ModerationGate(openai_client=client)
    verdict = gate.check("you idiot")
    assert verdict.flagged
    assert verdict.worst() == "harassment"


def test_clean_message_passes():
    gate = ModerationGate(openai_client=FakeOpenAI())
    assert not gate.check("good morning").flagged


def test_watch_warns(mockbot, ircfactory, userfactory):
    mockbot.memory["llm_clients"]["openai"].moderation_flags = {"idiot": True}
    mockbot.memory["moderation_gate"] = ModerationGate(openai_client=mockbot.memory["llm_clients"]["openai"])
    irc = ircfactory(mockbot)
    user = userfactory("troll")
    irc.channel_joined("#chan", [user.nick])
    irc.say(user, "#chan", "you idiot")
    assert any("civil" in line for line in mockbot.backend.message_sent_decoded)
