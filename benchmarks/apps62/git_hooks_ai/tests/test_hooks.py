import importlib
import sys
from pathlib import Path

HOOKS = Path(__file__).resolve().parents[1] / "hooks"
sys.path.insert(0, str(HOOKS))


def test_prepare_commit_msg_skips_when_user_typed(tmp_path, monkeypatch):
    hook = importlib.import_module("prepare_commit_msg")
    f = tmp_path / "COMMIT_EDITMSG"
    f.write_text("my message\n# comment\n")
    monkeypatch.setattr(hook, "hooks_disabled", lambda: False)
    assert hook.main(["hook", str(f)]) == 0
    assert f.read_text().startswith("my message")


def test_prepare_commit_msg_writes_message(tmp_path, monkeypatch):
    hook = importlib.import_module("prepare_commit_msg")
    import gitai.commit_writer as cw

    f = tmp_path / "COMMIT_EDITMSG"
    f.write_text("# Please enter the commit message\n")
    monkeypatch.setattr(hook, "hooks_disabled", lambda: False)
    monkeypatch.setattr(cw, "write_message", lambda settings, offline=False: "fix: thing\n")
    assert hook.main(["hook", str(f)]) == 0
    assert f.read_text().startswith("fix: thing")


def test_commit_msg_rejects_long_subject(tmp_path, monkeypatch):
    hook = importlib.import_module("commit_msg")
    monkeypatch.setattr(hook, "hooks_disabled", lambda: False)
    f = tmp_path / "MSG"
    f.write_text("x" * 100 + "\n")
    assert hook.main(["hook", str(f)]) == 1


def test_commit_msg_ai_lint_with_fake(tmp_path, monkeypatch):
    from tests.fakes import FakeOpenAI

    hook = importlib.import_module("commit_msg")
    fake = FakeOpenAI("OK")
    monkeypatch.setattr(hook.llm, "get_groq_client", lambda: fake)
    monkeypatch.setattr(hook, "staged_diff", lambda n: "+x")
    assert hook.ai_lint("fix: x") is None
    fake.chat.completions.create(model="m", messages=[])
    assert len(fake.chat.completions.calls) == 2
