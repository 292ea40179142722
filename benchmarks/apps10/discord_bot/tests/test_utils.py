import datetime as dt

import pytest

from bot.cogs.misc import parse_duration
from bot.db.guild_settings import GuildSettings
from bot.utils import split_message


def test_split_message_short():
    assert split_message("hello") == ["hello"]


def test_split_message_respects_limit():
    text = "\n".join("x" * 150 for _ in range(40))
    chunks = split_message(text, limit=500)
    assert all(len(c) <= 500 for c in chunks)
    assert "".join(chunks) == text + "" if text.endswith("\n") else "".join(chunks).rstrip("\n") == text


@pytest.mark.parametrize("raw,expected", [
    ("10m", dt.timedelta(minutes=10)),
    ("2h", dt.timedelta(hours=2)),
    ("1d 3h", dt.timedelta(days=1, hours=3)),
])
def test_parse_duration(raw, expected):
    assert parse_duration(raw) == expected


def test_parse_duration_rejects_garbage():
    with pytest.raises(ValueError):
        parse_duration("tomorrow")


def test_guild_settings_ignores_stale_keys():
    gs = GuildSettings.from_json(1, '{"persona": "pirate", "old_model_field": "gpt-3.5"}')
    assert gs.persona == "pirate"
    assert GuildSettings.from_json(1, gs.to_json()) == gs
