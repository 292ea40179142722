from acme.aiassist import subscribers
from acme.aiassist.behavior import IAISummary
from acme.aiassist.interfaces import IAIClientProvider
from acme.aiassist.testing import ACME_AIASSIST_INTEGRATION_TESTING
from acme.aiassist.tests.fakes import FakeAnthropic
from acme.aiassist.tests.fakes import FakeProvider
from unittest import mock
from zope.component import getGlobalSiteManager

import unittest


class TestSummarizeOnAdd(unittest.TestCase):
    layer = ACME_AIASSIST_INTEGRATION_TESTING

    def setUp(self):
        self.fake = FakeAnthropic(text="Summary from fake Claude.")
        self.provider = FakeProvider("anthropic", self.fake)
        getGlobalSiteManager().registerUtility(
            self.provider, IAIClientProvider, name="anthropic"
        )

    def tearDown(self):
        getGlobalSiteManager().unregisterUtility(
            self.provider, IAIClientProvider, name="anthropic"
        )

    @mock.patch.object(subscribers, "_should_summarize", return_value=True)
    @mock.patch.object(subscribers, "content_text", return_value="lorem " * 100)
    def test_summary_written(self, _text, _should):
        obj = mock.MagicMock()
        obj.Title.return_value = "Title"
        behavior = mock.MagicMock(ai_summary_locked=False)
        with mock.patch.object(subscribers, "IAISummary", return_value=behavior):
            subscribers.summarize_on_add(obj, None)
        self.assertEqual(behavior.ai_summary, "Summary from fake Claude.")
        self.assertEqual(len(self.fake.messages.calls), 1)

    def test_mocked_messages_create(self):
        client = mock.MagicMock()
        client.messages.create.return_value.content = [mock.Mock(text="x")]
        result = client.messages.create(model="claude", max_tokens=5, messages=[])
        self.assertEqual(result.content[0].text, "x")

    def test_behavior_interface(self):
        self.assertTrue(IAISummary.names())


class TestModeration(unittest.TestCase):
    """Pure unit tests: the vendor clients are replaced by mocks."""

    def _comment(self, text):
        comment = mock.MagicMock()
        comment.text = text
        comment.id = "1"
        return comment

    @mock.patch("acme.aiassist.moderation.get_setting", return_value=True)
    @mock.patch("acme.aiassist.moderation.api")
    @mock.patch("acme.aiassist.moderation.get_openai_client")
    def test_flagged_comment_is_rejected(self, get_client, api, _setting):
        result = mock.Mock(flagged=True)
        get_client.return_value.moderations.create.return_value.results = [result]
        from acme.aiassist.moderation import moderate_comment

        comment = self._comment("you are all idiots")
        moderate_comment(comment, None)
        api.content.transition.assert_called_once_with(
            obj=comment, transition="reject"
        )

    @mock.patch("acme.aiassist.moderation.get_setting", return_value=True)
    @mock.patch("acme.aiassist.moderation.api")
    @mock.patch("acme.aiassist.moderation.get_openai_client")
    def test_clean_comment_untouched(self, get_client, api, _setting):
        get_client.return_value.moderations.create.return_value.results = [
            mock.Mock(flagged=False)
        ]
        from acme.aiassist.moderation import moderate_comment

        moderate_comment(self._comment("Thanks, very helpful page!"), None)
        api.content.transition.assert_not_called()

    @mock.patch("acme.aiassist.moderation.get_setting", return_value=False)
    @mock.patch("acme.aiassist.moderation.get_openai_client")
    def test_disabled(self, get_client, _setting):
        from acme.aiassist.moderation import moderate_comment

        moderate_comment(self._comment("anything"), None)
        get_client.assert_not_called()
