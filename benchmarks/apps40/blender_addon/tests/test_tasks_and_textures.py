import importlib
import threading
import time
import types
from unittest import mock


def test_job_result_delivered_on_pump(fake_bpy):
    tasks = importlib.import_module("ai_studio_helpers.ai.tasks")
    got = []
    job = tasks.submit("t", lambda x: x * 2, 21, on_done=got.append)
    job.thread.join(2)
    tasks._pump()
    assert got == [42]


def test_cancelled_job_is_dropped(fake_bpy):
    tasks = importlib.import_module("ai_studio_helpers.ai.tasks")
    got = []
    gate = threading.Event()
    job = tasks.submit("t", gate.wait, 1, on_done=got.append)
    job.cancelled.set()
    gate.set()
    job.thread.join(2)
    tasks._pump()
    assert got == []


def test_replicate_progress_polls_until_done(tmp_path):
    texture_gen = importlib.import_module("ai_studio_helpers.ai.texture_gen")
    prediction = mock.MagicMock(status="starting", id="p1", output=["https://example/x.png"], error=None)

    def _reload():
        prediction.status = "succeeded"

    prediction.reload.side_effect = _reload
    fake_replicate = mock.MagicMock()
    fake_replicate.predictions.create.return_value = prediction
    session = types.SimpleNamespace(replicate=fake_replicate, texture_model="owner/model:v1")
    statuses = []
    with mock.patch.object(texture_gen, "_download", return_value=str(tmp_path / "x.png")), \
            mock.patch.object(texture_gen.time, "sleep"):
        path = texture_gen.generate_replicate_with_progress(
            session, "wood", "512", str(tmp_path), statuses.append, threading.Event()
        )
    assert path.endswith("x.png")
    assert statuses == ["starting"]
    assert fake_replicate.predictions.create.call_args.kwargs["version"] == "v1"


def test_local_chat_keeps_history():
    local_llm = importlib.import_module("ai_studio_helpers.ai.local_llm")
    client = mock.MagicMock()
    client.chat.return_value = iter([{"message": {"content": "Hel"}}, {"message": {"content": "lo"}}])
    chat = local_llm.LocalChat(client, "llama3.1:8b", system="be brief")
    assert chat.send("hi") == "Hello"
    assert [m["role"] for m in chat.history] == ["system", "user", "assistant"]
    time.sleep(0)
