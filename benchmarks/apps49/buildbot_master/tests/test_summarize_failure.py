from unittest import mock

from buildbot.process.results import SKIPPED, SUCCESS
from buildbot.test.reactor import TestReactorMixin
from buildbot.test.steps import TestBuildStepMixin
from twisted.internet import defer
from twisted.trial import unittest

from custom_steps import summarize_failure
from custom_steps.summarize_failure import SummarizeFailure
from tests.fakes import FakeOpenAI


class TestSummarizeFailure(TestBuildStepMixin, TestReactorMixin, unittest.TestCase):
    def setUp(self):
        self.setup_test_reactor()
        return self.setup_test_build_step()

    def tearDown(self):
        return self.tear_down_test_build_step()

    @defer.inlineCallbacks
    def test_skipped_on_success(self):
        self.setup_step(SummarizeFailure(backend="null"))
        self.build.results = SUCCESS
        self.expect_outcome(result=SKIPPED)
        yield self.run_step()

    @defer.inlineCallbacks
    def test_deep_summary_uses_big_model(self):
        fake = FakeOpenAI(reply="linker error")
        with mock.patch.object(summarize_failure, "get_openai_client", return_value=fake):
            step = SummarizeFailure(deep=True)
            self.setup_step(step)
            text = yield step._deep_summary("log")
        assert text == "linker error"
        assert fake.chat.completions.calls[0]["model"] == "gpt-4o"

    def test_legacy_path_with_mock(self):
        client = mock.MagicMock()
        client.chat.completions.create.return_value.choices = [
            mock.Mock(message=mock.Mock(content="flaky network"))
        ]
        with mock.patch.object(summarize_failure, "openai_client", return_value=client):
            out = SummarizeFailure(backend="legacy")._summarize_legacy("user")
        assert out == "flaky network"
        client.chat.completions.create.assert_called_once()
