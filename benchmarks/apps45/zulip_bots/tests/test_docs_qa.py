from unittest import mock

from zulip_bots.test_lib import BotTestCase, DefaultTests, StubBotHandler

from botlib.embeddings import Chunk
from tests.fakes import FakeOpenAI

LLM_CONFIG = {"openai_api_key": "sk-test", "cohere_api_key": "co-test", "moderation": "false"}


class TestDocsQABot(BotTestCase, DefaultTests):
    bot_name = "docs_qa"

    def _handler(self, fake_openai):
        from bots.docs_qa.docs_qa import DocsQAHandler

        bot = DocsQAHandler()
        handler = StubBotHandler()
        with mock.patch.object(handler, "get_config_info", return_value=LLM_CONFIG):
            bot.initialize(handler)
        bot.clients._openai = fake_openai
        bot.retriever = mock.Mock()
        bot.retriever.retrieve.return_value = [Chunk("laptops.md#0", "Laptops", "Ask IT via the portal.")]
        return bot, handler

    def test_bot_usage(self):
        from bots.docs_qa.docs_qa import DocsQAHandler

        self.assertIn("handbook", DocsQAHandler().usage())

    def test_answers_with_sources(self):
        fake = FakeOpenAI("Use the IT portal [1].")
        bot, handler = self._handler(fake)
        message = {"content": "how do I get a laptop?", "sender_id": 7, "type": "private"}
        with mock.patch.object(handler, "send_reply") as send_reply:
            bot.handle_message(message, handler)
        reply = send_reply.call_args[0][1]
        self.assertIn("IT portal", reply)
        self.assertIn("Sources: Laptops", reply)
        self.assertEqual(fake.chat.completions.calls[0]["temperature"], 0)

    def test_forget_clears_memory(self):
        bot, handler = self._handler(FakeOpenAI())
        message = {"content": "forget", "sender_id": 7, "type": "private"}
        with mock.patch.object(handler, "send_reply") as send_reply:
            bot.handle_message(message, handler)
        self.assertIn("forgot", send_reply.call_args[0][1])

    def test_uses_patched_sdk(self):
        bot, handler = self._handler(FakeOpenAI())
        with mock.patch("openai.resources.chat.Completions.create") as create:
            create.return_value = mock.Mock(choices=[mock.Mock(message=mock.Mock(content="x"))])
            bot.clients._openai = mock.Mock(chat=mock.Mock(completions=mock.Mock(create=create)))
            bot.handle_message({"content": "q", "sender_id": 1, "type": "private"}, handler)
            create.assert_called_once()
