from __future__ import annotations

from types import SimpleNamespace
from unittest.mock import MagicMock, patch

from monitor.reporters.base import REGISTRY, Reporter
from monitor.reporters.slack_reporter import SlackReporter


class RecordingReporter(Reporter):
    def __init__(self):
        super().__init__({})
        self.sent = []

    async def send(self, title, body):
        self.sent.append((title, body))


def test_slack_generate_truncates():
    r = SlackReporter({"webhook_url": "https://hooks.example/x"})
    payload = r.generate("t" * 300, "b" * 5000)
    assert len(payload["blocks"][0]["text"]["text"]) == 150


def test_registry_contains_builtin_reporters():
    import monitor.reporters as pkg

    pkg._discover()
    assert {"slack", "email", "narrative", "incident"} <= set(REGISTRY)


def test_incident_draft_with_fake_mistral():
    from monitor.reporters import incident

    fake = MagicMock()
    fake.chat.complete.return_value = SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content="## Summary"))]
    )
    with patch.object(incident, "Mistral", return_value=fake):
        rep = incident.IncidentReporter({})
    assert rep.draft("db down", "[page] db") == "## Summary"


def test_narrative_rewrite_with_fake_client():
    from monitor.reporters import narrative

    with patch.object(narrative.llm, "anthropic_client") as getter:
        getter.return_value.messages.create.return_value = SimpleNamespace(
            content=[SimpleNamespace(type="text", text="story")]
        )
        rep = narrative.NarrativeReporter({})
        assert rep._rewrite("terse") == "story"
