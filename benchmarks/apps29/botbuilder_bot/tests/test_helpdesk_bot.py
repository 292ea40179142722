import asyncio
from unittest.mock import AsyncMock, MagicMock

from bots.helpdesk_bot import HelpdeskBot
from state.accessors import ConversationData, UserProfile
from tests.fakes import FakeAzureOpenAI, fake_settings, fake_turn_context


def _accessors(convo):
    acc = MagicMock()

    async def _get_convo(ctx, factory):
        return convo

    async def _get_profile(ctx, factory):
        return UserProfile()

    async def _get_dialog(ctx, factory):
        return {}

    acc.conversation_data.get = _get_convo
    acc.user_profile.get = _get_profile
    acc.dialog_state.get = _get_dialog
    acc.save = AsyncMock()
    return acc


def test_reply_uses_azure_deployment():
    llm = FakeAzureOpenAI(reply="Restart GlobalProtect.")
    convo = ConversationData()
    bot = HelpdeskBot(_accessors(convo), {"aoai": llm, "settings": fake_settings()}, MagicMock(), {})
    ctx = fake_turn_context("vpn keeps dropping")
    asyncio.run(bot.on_message_activity(ctx))
    assert llm.chat.completions.calls[0]["model"] == "gpt-4o-helpdesk"
    assert convo.history[-1] == {"role": "assistant", "content": "Restart GlobalProtect."}


def test_reset_command_clears_history():
    convo = ConversationData(history=[{"role": "user", "content": "hi"}])
    bot = HelpdeskBot(_accessors(convo), {"aoai": FakeAzureOpenAI(), "settings": fake_settings()}, MagicMock(), {})
    asyncio.run(bot.on_message_activity(fake_turn_context("/reset")))
    assert convo.history == []


def test_moderate_command():
    llm = FakeAzureOpenAI()
    bot = HelpdeskBot(_accessors(ConversationData()), {"aoai": llm, "settings": fake_settings()}, MagicMock(), {})
    asyncio.run(bot.on_message_activity(fake_turn_context("/moderate hello")))
    llm.moderations.create.assert_awaited_once()
