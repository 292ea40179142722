from unittest import mock

from twisted.internet import defer
from twisted.trial import unittest

from gateway.workers.amp_worker import WorkerProtocol


class WorkerTests(unittest.TestCase):

    def setUp(self):
        self.client = mock.MagicMock()
        self.client.chat.completions.create.return_value = mock.Mock(
            choices=[mock.Mock(message=mock.Mock(content="done"))],
            usage=mock.Mock(prompt_tokens=10, completion_tokens=4))
        registry = mock.Mock()
        registry.get.return_value = self.client
        self.proto = WorkerProtocol(registry)

    def test_complete_blocking_openai(self):
        out = self.proto._complete_blocking("openai", "gpt-4o-mini", "hi", 10)
        self.assertEqual(out["text"], "done")
        self.client.chat.completions.create.assert_called_once()

    def test_anthropic_branch(self):
        self.client.messages.create.return_value = mock.Mock(
            content=[mock.Mock(text="claude")],
            usage=mock.Mock(input_tokens=1, output_tokens=2))
        out = self.proto._complete_blocking("anthropic", "claude-3-5-haiku-20241022", "hi", 10)
        self.assertEqual(out["text"], "claude")

    @defer.inlineCallbacks
    def test_classify_uses_multi_model_service(self):
        with mock.patch("gateway.workers.amp_worker.multi_model_service") as mms:
            mms.generate_response = mock.AsyncMock(return_value=" spam \n")
            out = yield self.proto.classify("buy now", ["spam", "ham"])
        self.assertEqual(out, {"label": "spam"})
