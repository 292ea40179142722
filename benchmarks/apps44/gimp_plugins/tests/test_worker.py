import threading

import pytest

from ai_common import worker


def test_job_returns_result():
    job = worker.Job(lambda a, b: a + b, (1, 2), {})
    job.run()
    assert job.wait() == 3


def test_job_reraises_error():
    def boom():
        raise RuntimeError("nope")

    job = worker.Job(boom, (), {})
    job.run()
    with pytest.raises(RuntimeError):
        job.wait()


def test_run_in_thread_runs_off_main_thread():
    seen = {}

    def record():
        seen["thread"] = threading.current_thread().name
        return "done"

    job = worker.run_in_thread(record)
    assert job.wait(timeout=2) == "done"
    assert seen["thread"] == "ai-worker"
