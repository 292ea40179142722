from unittest import mock

from dcim.models import Device
from django.test import TestCase, override_settings

from netbox_ai_assist.choices import SummaryStatusChoices
from netbox_ai_assist.services.summarizer import DeviceSummarizer

from .fakes import FakeAnthropic

PLUGINS_CONFIG = {"netbox_ai_assist": {"anthropic_model": "claude-test", "max_output_tokens": 256}}


@override_settings(PLUGINS_CONFIG=PLUGINS_CONFIG)
class DeviceSummarizerTest(TestCase):
    fixtures = ["netbox_ai_assist_devices"]

    def test_summary_is_stored(self):
        device = Device.objects.first()
        fake = FakeAnthropic("Core router.")
        summary = DeviceSummarizer(client=fake, model="claude-test").summarize(device)
        self.assertEqual(summary.text, "Core router.")
        self.assertEqual(summary.status, SummaryStatusChoices.STATUS_READY)
        self.assertEqual(fake.messages.calls[0]["model"], "claude-test")

    def test_failure_marks_summary(self):
        device = Device.objects.first()
        client = mock.MagicMock()
        client.messages.create.side_effect = RuntimeError("boom")
        with self.assertRaises(RuntimeError):
            DeviceSummarizer(client=client, model="claude-test").summarize(device)
        client.messages.create.assert_called_once()
