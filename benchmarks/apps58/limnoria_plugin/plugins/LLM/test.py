###
# Copyright (c) 2023, the #help-ops team
# All rights reserved.
###

from unittest import mock

from supybot.test import *

from .local import providers


class _FakeCompletions(object):
    def __init__(self, text):
        self.text = text
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        msg = mock.Mock(content=self.text)
        return mock.Mock(model=kwargs.get("model"),
                         choices=[mock.Mock(message=msg)],
                         usage=mock.Mock(prompt_tokens=3, completion_tokens=5))


class FakeOpenAI(object):
    def __init__(self, text="42"):
        self.chat = mock.Mock()
        self.chat.completions = _FakeCompletions(text)


class LLMTestCase(ChannelPluginTestCase):
    plugins = ("LLM",)
    channel = "#test"
    config = {"supybot.plugins.LLM.openaiApiKey": "sk-test"}

    def setUp(self):
        super(LLMTestCase, self).setUp()
        self.fake = FakeOpenAI("The answer is 42.")
        patcher = mock.patch.object(
            providers, "make_backend",
            lambda name, bundle, model=None: providers.OpenAIBackend(
                self.fake, model="gpt-test"))
        patcher.start()
        self.addCleanup(patcher.stop)

    def testAsk(self):
        self.assertResponse("ask what is the answer?",
                            "test: The answer is 42.")
        self.assertEqual(self.fake.chat.completions.calls[0]["model"],
                         "gpt-test")

    def testAskNeedsText(self):
        self.assertError("ask")

    def testSummariseEmpty(self):
        self.assertRegexp("summarise", "Nothing to summarise")

    def testOldAskDisabled(self):
        self.assertError("oldask hi")


class ReplyTestCase(SupyTestCase):
    def testReplyFromOpenAIUsage(self):
        usage = mock.Mock(prompt_tokens=10, completion_tokens=2)
        r = providers.Reply.create("openai", "gpt-x", " hi ", usage)
        self.assertEqual((r.text, r.input_tokens, r.output_tokens),
                         ("hi", 10, 2))


# vim:set shiftwidth=4 tabstop=4 expandtab textwidth=79:
