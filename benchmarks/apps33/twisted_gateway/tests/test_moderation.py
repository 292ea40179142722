from twisted.internet import defer
from twisted.trial import unittest

from gateway.legacy.moderation import ModerationGate
from tests.fakes import FakeSyncOpenAI


class ModerationTests(unittest.TestCase):

    @defer.inlineCallbacks
    def test_allows_clean_text(self):
        gate = ModerationGate(FakeSyncOpenAI())
        allowed = yield gate.check("hello")
        self.assertTrue(allowed)

    @defer.inlineCallbacks
    def test_blocks_flagged_and_caches(self):
        client = FakeSyncOpenAI(flagged=True)
        gate = ModerationGate(client)
        first = yield gate.check("bad")
        second = yield gate.check("bad")
        self.assertFalse(first)
        self.assertFalse(second)
        self.assertEqual(client.moderation_calls, 1)
