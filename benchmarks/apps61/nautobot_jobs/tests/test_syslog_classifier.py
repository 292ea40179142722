import json
import unittest
from unittest import mock

from nautobot_ai.assistants import syslog_classifier
from tests.fakes import FakeMistral


class PrefilterTest(unittest.TestCase):
    def test_drops_known_noise(self):
        lines = ["%SYS-5-CONFIG_I: Configured from console", "%LINK-3-UPDOWN: Interface Gi1/0/1, changed state to down"]
        keep, dropped = syslog_classifier.prefilter(lines)
        self.assertEqual(dropped, 1)
        self.assertEqual(len(keep), 1)


class ClassifyBatchTest(unittest.TestCase):
    def test_parses_one_object_per_line(self):
        content = "\n".join(json.dumps({"category": c, "severity": "warn", "confidence": 0.9}) for c in ("link", "bogus"))
        fake = FakeMistral(content)
        with mock.patch.object(syslog_classifier, "get_setting", return_value="mistral-small-latest"):
            results = syslog_classifier.classify_batch(fake, ["a", "b", "c"])
        self.assertEqual([r["category"] for r in results], ["link", "noise", "noise"])
        self.assertEqual(fake.chat.calls[0]["temperature"], 0)

    def test_empty_batch_makes_no_request(self):
        fake = FakeMistral("")
        self.assertEqual(syslog_classifier.classify_batch(fake, []), [])
        self.assertEqual(fake.chat.calls, [])

    def test_direct_fake_call(self):
        fake = FakeMistral('{"category": "routing"}')
        res = fake.chat.complete(model="m", messages=[{"role": "user", "content": "x"}])
        self.assertEqual(res.choices[0].message.content, '{"category": "routing"}')

    @mock.patch.object(syslog_classifier, "ollama")
    def test_local_uses_ollama(self, fake_ollama):
        fake_ollama.chat.return_value = {"message": {"content": '{"category": "hardware"}'}}
        results = syslog_classifier.classify_local(["%PLATFORM-2-PS_FAIL"], model="llama3.1:8b")
        self.assertEqual(results[0]["category"], "hardware")
        fake_ollama.chat.assert_called_once()
