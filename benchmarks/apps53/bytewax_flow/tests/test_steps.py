from __future__ import annotations

from datetime import timedelta
from unittest import mock

from common.schema import ConversationState
from steps import summarize
from steps.dedupe import SeenSet, dedupe
from tests.fakes import FakeAnthropic


def test_update_summary_waits_for_n_messages(msg):
    fake = FakeAnthropic("short summary")
    with mock.patch.object(summarize, "anthropic_client", return_value=fake):
        state = None
        outputs = []
        for _ in range(summarize.SUMMARY_EVERY_N):
            state, out = summarize.update_summary(state, msg)
            outputs.append(out)
    assert outputs[:-1] == [None] * (summarize.SUMMARY_EVERY_N - 1)
    assert outputs[-1] == ("c1", "short summary")
    assert len(fake.calls) == 1


def test_summary_failure_is_swallowed(msg):
    fake = FakeAnthropic()
    fake.messages.create = mock.Mock(side_effect=RuntimeError("529 overloaded"))
    state = ConversationState(conversation_id="c1", messages=[msg] * 3)
    with mock.patch.object(summarize, "anthropic_client", return_value=fake):
        state, out = summarize.update_summary(state, msg)
    assert out is None
    assert state.summarised_count == 0


def test_fake_anthropic_records_kwargs():
    fake = FakeAnthropic("x")
    fake.messages.create(model="claude-3-5-haiku-20241022", max_tokens=10, messages=[])
    assert fake.calls[0]["max_tokens"] == 10

def test_duplicate_within_window_dropped(msg):
    state, first = dedupe(None, msg)
    state, second = dedupe(state, msg)
    assert first is msg
    assert second is None


def test_duplicate_after_window_kept(msg):
    state, _ = dedupe(None, msg)
    msg.received_at = msg.received_at + timedelta(hours=2)
    _, again = dedupe(state, msg)
    assert again is msg


def test_seen_set_is_bounded():
    s = SeenSet.create(max_items=3)
    for i in range(10):
        s.add(str(i), float(i))
    assert not s.seen_recently("0", 10.0)
    assert s.seen_recently("9", 10.0)
