import threading

from octoprint_aiassist.worker import LLMWorker, batch_explain_history


def test_worker_runs_jobs_and_reports():
    messages = []
    done = threading.Event()
    worker = LLMWorker(messages.append)
    worker.start()
    worker.submit("test", lambda x: x * 2, 21, on_done=lambda job: done.set())
    assert done.wait(5)
    worker.stop()
    assert messages[-1]["result"] == 42


def test_worker_runs_coroutines():
    messages = []
    done = threading.Event()

    async def coro():
        return "async-ok"

    worker = LLMWorker(messages.append)
    worker.start()
    worker.submit("async", coro, on_done=lambda job: done.set())
    assert done.wait(5)
    worker.stop()
    assert messages[-1]["result"] == "async-ok"


def test_batch_explain_history(fake_openai):
    out = batch_explain_history(fake_openai, "cheap/model", [{"id": "a", "summary": "layer shift"}])
    assert out == [{"id": "a", "explanation": "Bed adhesion failure"}]
    assert fake_openai.chat.completions.calls[0]["model"] == "cheap/model"
