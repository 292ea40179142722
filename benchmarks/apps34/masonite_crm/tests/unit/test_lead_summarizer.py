from types import SimpleNamespace
from unittest import mock

from masonite.tests import TestCase

from app.services.ai.lead_summarizer import LeadSummarizer
from tests.fakes import FakeAnthropic


def _lead():
    lead = SimpleNamespace(
        id=1,
        name="Dana Ruiz",
        title="VP Ops",
        company="Acme",
        stage="qualified",
        notes="Wants SSO",
    )
    lead.activity_text = lambda: "- 2024-05-01 call: intro"
    lead.profile_text = lambda: "Dana Ruiz, VP Ops at Acme"
    return lead


class TestLeadSummarizer(TestCase):
    def test_summarize_returns_text(self):
        fake = FakeAnthropic(reply="  - wants SSO\nNext: demo  ")
        summarizer = LeadSummarizer(fake, model="claude-test")
        self.assertEqual(summarizer.summarize(_lead()), "- wants SSO\nNext: demo")
        self.assertEqual(fake.messages.calls[0]["model"], "claude-test")

    def test_long_prompt_is_truncated(self):
        fake = FakeAnthropic(tokens=50_000)
        summarizer = LeadSummarizer(fake)
        summarizer.summarize(_lead())
        self.assertEqual(len(fake.messages.calls), 1)

    def test_headline_uses_fast_model(self):
        client = mock.MagicMock()
        client.messages.create.return_value = SimpleNamespace(
            content=[SimpleNamespace(text='"Ready for a demo"')]
        )
        summarizer = LeadSummarizer(client)
        self.assertEqual(summarizer.quick_headline(_lead()), "Ready for a demo")
        client.messages.create.assert_called_once()
