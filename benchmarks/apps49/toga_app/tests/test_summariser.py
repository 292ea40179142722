from minutes_mate.services.summariser import Summariser

from tests.conftest import FakeAnthropic

REPLY = """## Overview
We agreed to ship on Friday.
## Decisions
- Ship 0.8 on Friday
## Action items
- Ana: write release notes
- Bo: tag the build
"""


def test_summarise_parses_sections():
    client = FakeAnthropic([REPLY])
    s = Summariser(client, model="claude-test").summarise("transcript text", title="Release sync")
    assert s.overview == "We agreed to ship on Friday."
    assert s.decisions == ["Ship 0.8 on Friday"]
    assert s.action_items == ["Ana: write release notes", "Bo: tag the build"]
    assert client.messages.calls[0]["model"] == "claude-test"


def test_long_transcript_is_merged():
    client = FakeAnthropic(["part one", "part two", REPLY])
    text = ("word. " * 12000).strip()
    s = Summariser(client).summarise(text)
    assert len(client.messages.calls) == 3
    assert s.decisions


def test_action_items_strip_bullets():
    client = FakeAnthropic(["- Ana: notes\n* Bo: build\n"])
    items = Summariser(client).extract_action_items("...")
    assert items == ["Ana: notes", "Bo: build"]
