from bot.models import Conversation, Platform
from bot.services.memory import ConversationMemory


def _convo():
    return Conversation(platform=Platform.SLACK, channel_id="C1", thread_id="1.0", user_id="U1")


def test_compacts_long_threads(fake_anthropic):
    memory = ConversationMemory(client=fake_anthropic)
    convo = _convo()
    for i in range(20):
        memory.append(convo, "user" if i % 2 == 0 else "assistant", f"turn {i}")
    assert convo.summary == "summary of earlier turns"
    assert len(convo.turns) <= 12
    assert fake_anthropic.messages.calls


def test_title_is_cached(fake_anthropic):
    memory = ConversationMemory(client=fake_anthropic)
    convo = _convo()
    memory.append(convo, "user", "My invoices page shows a 500 error")
    first = memory.title(convo)
    second = memory.title(convo)
    assert first == second
    assert len(fake_anthropic.messages.calls) == 1
