from pathlib import Path
from unittest import mock

from quill.skills import Skill, SkillContext
from quill.skills.registry import SkillRegistry
from quill.workers import OutlineWorker, RewriteWorker, SummarizeWorker
from fakes import FakeAnthropic, FakeGenai, FakeOpenAI


def test_rewrite_worker_emits_result(qtbot):
    client = FakeOpenAI("Better text.")
    worker = RewriteWorker(client, "llama-3.3-70b-versatile", "bad text", "clearer")
    with qtbot.waitSignal(worker.signals.result, timeout=1000) as blocker:
        worker.run()
    assert blocker.args == ["Better text."]
    assert client.chat.completions.calls[0]["model"] == "llama-3.3-70b-versatile"


def test_summarize_worker_reports_usage(qtbot):
    worker = SummarizeWorker(FakeAnthropic("short"), "long text " * 50)
    with qtbot.waitSignal(worker.signals.usage, timeout=1000) as blocker:
        worker.run()
    assert blocker.args[1:] == [20, 5]


def test_outline_worker(qtbot):
    worker = OutlineWorker(FakeGenai("- Intro\n- Body"), "text")
    with qtbot.waitSignal(worker.signals.result, timeout=1000) as blocker:
        worker.run()
    assert "Intro" in blocker.args[0]


def test_worker_error_signal(qtbot):
    client = mock.MagicMock()
    client.chat.completions.create.side_effect = RuntimeError("rate limited")
    worker = RewriteWorker(client, "m", "t")
    with qtbot.waitSignal(worker.signals.error, timeout=1000) as blocker:
        worker.run()
    assert "rate limited" in blocker.args[0]
    client.chat.completions.create.assert_called_once()


# --- skills registry ---------------------------------------------------

PLUGIN_DIR = Path(__file__).resolve().parents[1] / "plugins" / "skills"


def test_register_and_get():
    reg = SkillRegistry()

    @reg.register
    class Echo(Skill):
        id = "echo"
        title = "Echo"

        def run(self, ctx):
            return ctx.selection

    assert "echo" in reg
    assert reg.get("echo").run(SkillContext(selection="hi")) == "hi"


def test_plugin_folder_loads(monkeypatch):
    reg = SkillRegistry()
    monkeypatch.setattr("quill.skills.registry", reg, raising=False)
    import quill.skills

    monkeypatch.setattr(quill.skills, "registry", reg)
    assert reg.load_folder(PLUGIN_DIR) >= 5


def test_critique_skill_uses_context_client():
    import importlib.util

    spec = importlib.util.spec_from_file_location("critique_t", PLUGIN_DIR / "critique.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ctx = SkillContext(
        selection="text",
        clients={"anthropic": FakeAnthropic("weak intro"), "openai": FakeOpenAI(), "google": FakeGenai()},
    )
    assert mod.Critique().run(ctx) == "weak intro"
