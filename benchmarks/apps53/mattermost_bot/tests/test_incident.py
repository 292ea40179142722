import asyncio
from types import SimpleNamespace
from unittest import mock

from plugins.incident import IncidentDraft, IncidentPlugin
from tests.fakes import FakeDriver, make_message


class _FakeAioModels:
    def __init__(self, text):
        self.text = text
        self.calls = []

    async def generate_content(self, **kwargs):
        self.calls.append(kwargs)
        meta = SimpleNamespace(prompt_token_count=11, candidates_token_count=7)
        return SimpleNamespace(text=self.text, usage_metadata=meta)


class FakeGenai:
    def __init__(self, text="# DB latency\nWe are investigating elevated latency."):
        self.aio = SimpleNamespace(models=_FakeAioModels(text))


def _plugin(config, driver=None):
    plugin = IncidentPlugin(config)
    plugin.driver = driver or FakeDriver()
    plugin.genai = FakeGenai()
    plugin.driver.respond = mock.MagicMock()
    return plugin


def test_draft_create_parses_title():
    draft = IncidentDraft.create({"id": "INC-1"}, "# Title here\nBody text")
    assert draft.title == "Title here"
    assert draft.body == "Body text"
    assert "white_check_mark" in draft.to_markdown()


def test_webhook_posts_draft(config):
    plugin = _plugin(config)
    event = SimpleNamespace(body={"id": "INC-7", "service": "api", "severity": "SEV2"})
    asyncio.run(plugin.incident_hook(event))
    assert "INC-7" in plugin.drafts
    assert plugin.driver.posts_created[0][1].startswith("#### DB latency")
    sent = plugin.genai.aio.models.calls[0]
    assert "Service: api" in sent["contents"]


def test_update_from_thread_is_tracked(config, driver):
    plugin = _plugin(config, driver)
    with mock.patch("plugins.incident.llm_tracker") as tracker:
        usage = SimpleNamespace(input_tokens=0, output_tokens=0)
        tracker.track_llm_call.return_value.__aenter__ = mock.AsyncMock(return_value=usage)
        tracker.track_llm_call.return_value.__aexit__ = mock.AsyncMock(return_value=False)
        asyncio.run(plugin.update_from_thread(make_message("incident update", reply_id="p1")))
    assert usage.input_tokens == 11
    assert driver.replies[-1].startswith("# DB latency")
