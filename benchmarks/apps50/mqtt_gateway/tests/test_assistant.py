from unittest import mock

from gateway.assistant import ConversationStore, HmiAssistant

from tests.conftest import FakeAnthropic


def test_reply_keeps_history():
    llm = FakeAnthropic(reply="Check valve V-12.")
    bot = HmiAssistant(llm, model="claude-test")
    assert bot.reply("s1", "ana", "why is flow low?") == "Check valve V-12."
    bot.reply("s1", "ana", "and now?")
    sent = llm.messages.calls[-1]["messages"]
    assert [t["role"] for t in sent] == ["user", "assistant", "user"]


def test_conversation_store_chat_is_get_or_create():
    store = ConversationStore()
    a = store.chat("s1", "ana")
    b = store.chat("s1")
    assert a is b
    c = store.create("s1", "bob")
    assert c is not a


def test_second_opinion_uses_grok():
    fake = mock.MagicMock()
    fake.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="looks safe"))]
    bot = HmiAssistant(FakeAnthropic(), model="m")
    bot.conversations.chat("s9").add("user", "hi")
    with mock.patch("gateway.assistant.get_xai_client", return_value=fake):
        assert bot.second_opinion("s9") == "looks safe"
    kwargs = fake.chat.completions.create.call_args.kwargs
    assert kwargs["model"].startswith("grok")


def test_expire_drops_old_sessions():
    store = ConversationStore()
    sess = store.chat("old")
    sess.touched = 0
    assert store.expire() == 1


def test_fake_anthropic_matches_sdk_shape():
    llm = FakeAnthropic(reply="hi")
    resp = llm.messages.create(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "x"}])
    assert resp.content[0].text == "hi"
    assert resp.usage.output_tokens == 7
