from . import conftest  # noqa: F401
from ..core import prompts
from ..tasks.label_task import LabelFeaturesTask
from .fakes import FakeBackend


def test_strip_code_fence():
    assert prompts.strip_code_fence("```\n\"pop\" > 10\n```") == '"pop" > 10'
    assert prompts.strip_code_fence("`x`") == "x"


def test_parse_json_list_pads():
    assert prompts.parse_json_list('["a"]', 3) == ["a", "", ""]
    assert prompts.parse_json_list("nonsense", 2) == ["", ""]


def test_chat_messages_keeps_history_order():
    msgs = prompts.chat_messages("sys", "q", [{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}])
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]


def test_label_task_assigns_labels_in_order():
    rows = [{"_fid": 1, "name": "a"}, {"_fid": 2, "name": "b"}]
    task = LabelFeaturesTask("t", rows, FakeBackend(['["Alpha", "Beta"]']), "llm_label")
    assert task.run()
    assert task.labels == {1: "Alpha", 2: "Beta"}


def test_label_task_cancel():
    rows = [{"_fid": i} for i in range(40)]
    task = LabelFeaturesTask("t", rows, FakeBackend(["[]"] * 5), "llm_label")
    task.cancel()
    assert task.run() is False
