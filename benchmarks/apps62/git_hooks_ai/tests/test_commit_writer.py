from unittest import mock

from gitai import commit_writer
from gitai.config import Settings
from tests.fakes import FakeBackend, FakeOpenAI


def test_tidy_strips_fences_and_prefix():
    assert commit_writer.tidy("```\nCommit message: fix: x\n```") == "fix: x\n"


def test_template_create():
    assert commit_writer.CommitTemplate("api").create("feat", "add thing") == "feat(api): add thing\n"


def test_write_message_uses_backend(staged, monkeypatch):
    staged("diff --git a/x b/x\n+print(1)\n")
    backend = FakeBackend("feat: print one\n\nNeeded for debugging.")
    monkeypatch.setattr(commit_writer, "get_backend", lambda *a, **k: backend)
    monkeypatch.setattr(commit_writer, "count_tokens", lambda s: 3)
    msg = commit_writer.write_message(Settings(provider="openai"))
    assert msg.startswith("feat: print one")
    assert "feature/x" in backend.prompts[0][1]


def test_non_conventional_gets_type(staged, monkeypatch):
    staged("diff --git a/api/x b/api/x\n+1\n", files=("api/x.py",))
    monkeypatch.setattr(commit_writer, "get_backend", lambda *a, **k: FakeBackend("Add one"))
    monkeypatch.setattr(commit_writer, "count_tokens", lambda s: 3)
    fake = FakeOpenAI("feat")
    monkeypatch.setattr(commit_writer, "get_openai_client", lambda: fake)
    msg = commit_writer.write_message(Settings(provider="openai"))
    assert msg.startswith("feat(api): Add one")
    assert fake.chat.completions.calls[0]["max_tokens"] == 3


def test_offline_uses_ollama(staged):
    staged("diff --git a/x b/x\n+1\n")
    with mock.patch.object(commit_writer.ollama, "generate", return_value={"response": "chore: bump"}) as gen:
        msg = commit_writer.write_message(Settings(provider="ollama"), offline=True)
    assert msg == "chore: bump\n"
    gen.assert_called_once()


def test_classify_type_falls_back_to_chore(monkeypatch):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices[0].message.content = "banana"
    monkeypatch.setattr(commit_writer, "get_openai_client", lambda: client)
    assert commit_writer.classify_type("diff") == "chore"
