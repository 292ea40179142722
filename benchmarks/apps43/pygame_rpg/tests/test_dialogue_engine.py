from unittest import mock

from rpg.ai.dialogue_engine import DialogueEngine
from rpg.ai.registry import CannedBackend, OpenAIBackend

from tests.conftest import FakeChatClient, FakeNPC


def test_reply_uses_npc_brain_and_records_memory():
    npc = FakeNPC(backend=CannedBackend(["Well met."]))
    engine = DialogueEngine()
    assert engine.reply(npc, "hello") == "Well met."
    assert [t["role"] for t in npc.memory.as_messages()] == ["user", "assistant"]


def test_reply_strips_name_prefix():
    npc = FakeNPC(backend=CannedBackend(['Bram: "Go away."']))
    assert DialogueEngine().reply(npc, "hi") == "Go away."


def test_openai_backend_sends_system_prompt(fake_chat):
    with mock.patch("rpg.ai.registry.clients.get_openai", return_value=fake_chat):
        backend = OpenAIBackend(model="gpt-test")
    npc = FakeNPC(backend=backend)
    out = DialogueEngine().reply(npc, "Can you fix my sword?")
    assert out == "Aye, I can fix that."
    sent = fake_chat.chat.completions.calls[0]
    assert sent["model"] == "gpt-test"
    assert sent["messages"][0]["role"] == "system"
    assert "Bram" in sent["messages"][0]["content"]


def test_fake_client_direct():
    client = FakeChatClient(["x"])
    resp = client.chat.completions.create(model="m", messages=[])
    assert resp.choices[0].message.content == "x"


def test_prompt_fits_uses_token_count():
    anthropic_client = mock.MagicMock()
    anthropic_client.messages.count_tokens.return_value.input_tokens = 12
    engine = DialogueEngine(anthropic_client=anthropic_client)
    assert engine.prompt_fits(FakeNPC(), "hello")
    anthropic_client.messages.create.assert_not_called()
