import asyncio
from types import SimpleNamespace
from unittest.mock import AsyncMock, MagicMock

from gitai import changelog, git


def _resp(text):
    return SimpleNamespace(
        choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
        usage=SimpleNamespace(prompt_tokens=3, completion_tokens=4),
    )


def test_generate_untracked(monkeypatch, tmp_path):
    commits = [git.Commit("a" * 40, "me", "fix crash"), git.Commit("b" * 40, "me", "Merge branch x")]
    monkeypatch.setattr(git, "log_between", lambda base, head="HEAD": commits)
    client = MagicMock()
    client.chat.completions.create = AsyncMock(return_value=_resp("Fixed a crash on startup"))
    gen = changelog.ChangelogGenerator(client=client, tracked=False)
    out = asyncio.run(gen.generate("v1.0.0"))
    assert out == "- Fixed a crash on startup (aaaaaaaa)"
    client.chat.completions.create.assert_awaited_once()


def test_generate_tracked_writes_usage(monkeypatch, tmp_path):
    from gitai.services import llm_usage_tracker

    monkeypatch.setattr(llm_usage_tracker.llm_tracker, "_path", tmp_path / "usage.jsonl")
    monkeypatch.setattr(git, "log_between", lambda base, head="HEAD": [git.Commit("c" * 40, "me", "add x")])
    client = MagicMock()
    client.chat.completions.create = AsyncMock(return_value=_resp("Added x"))
    asyncio.run(changelog.ChangelogGenerator(client=client).generate("v1"))
    assert (tmp_path / "usage.jsonl").read_text().count("changelog_entry") == 1
