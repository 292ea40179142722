from unittest import mock

from supybot.test import *


class RecapTestCase(ChannelPluginTestCase):
    plugins = ("LLM", "Recap")
    channel = "#test"

    def setUp(self):
        super(RecapTestCase, self).setUp()
        llm = self.irc.getCallback("LLM")
        self.fake_groq = mock.MagicMock()
        self.fake_groq.chat.completions.create.return_value = mock.Mock(
            model="fake", choices=[mock.Mock(message=mock.Mock(
                content="- people talked\n- nothing else"))])
        p = mock.patch.object(type(llm.clients), "groq",
                              new_callable=mock.PropertyMock,
                              return_value=self.fake_groq)
        p.start()
        self.addCleanup(p.stop)

    def testRecapNow(self):
        with conf.supybot.plugins.Recap.tracked.context(False):
            self.irc.feedMsg(ircmsgs.privmsg(self.channel, "hello all",
                                             prefix="foo!bar@baz"))
            self.assertRegexp("recap now", "people talked")
        self.fake_groq.chat.completions.create.assert_called_once()

    def testRecapLastEmpty(self):
        with conf.supybot.plugins.Recap.tracked.context(False):
            self.assertRegexp("recap last", "Nothing happened")
