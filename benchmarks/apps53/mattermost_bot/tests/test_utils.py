import datetime as dt

import pytest

from jobs.reminders import ReminderJob, load_reminders, parse_reminder
from tests.fakes import FakeDriver
from utils.text import chunk_for_mattermost, extract_code_blocks, md_table, strip_mentions, truncate


def test_short_text_single_chunk():
    assert chunk_for_mattermost("hello") == ["hello"]


def test_long_text_split_outside_code():
    text = ("line\n" * 2000) + "```\n" + ("code\n" * 10) + "```\n"
    chunks = chunk_for_mattermost(text, limit=1000)
    assert all(len(c) <= 1100 for c in chunks)
    assert "".join(chunks) == text


def test_strip_mentions():
    assert strip_mentions("@helper ask x", "helper") == "ask x"


def test_md_table():
    out = md_table(["a", "b"], [[1, 2]])
    assert out.splitlines()[2] == "| 1 | 2 |"


def test_truncate_and_code_blocks():
    assert truncate("x" * 10, limit=5) == "xxxx…"
    assert extract_code_blocks("hi\n```py\nprint(1)\n```\n") == ["print(1)"]




def test_parse_reminder():
    r = parse_reminder("09:30 standup in 5", "c1")
    assert r.at == dt.time(9, 30)
    assert r.text == "standup in 5"


def test_parse_reminder_requires_text():
    with pytest.raises(ValueError):
        parse_reminder("09:30", "c1")


def test_load_skips_bad_rows():
    rows = [{"at": "10:00", "text": "hi", "channel_id": "c"}, {"at": "x"}]
    assert len(load_reminders(rows)) == 1


def test_tick_posts_due():
    driver = FakeDriver()
    now = dt.datetime.now()
    job = ReminderJob(driver, load_reminders([{"at": f"{now.hour}:{now.minute}", "text": "go", "channel_id": "c"}]))
    assert job.tick() == 1
    assert driver.posts_created == [("c", "go")]
