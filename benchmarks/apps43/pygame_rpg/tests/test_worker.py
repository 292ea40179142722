import time

from rpg.ai.worker import LLMWorker


def _wait(worker, cond, timeout=2.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        worker.poll()
        if cond():
            return True
        time.sleep(0.01)
    return False


def test_on_done_runs_on_poll():
    worker = LLMWorker(max_workers=1)
    seen = []
    worker.submit(lambda x: x * 2, 21, tag="t", on_done=seen.append)
    assert _wait(worker, lambda: seen == [42])
    worker.shutdown()


def test_errors_go_to_on_error():
    worker = LLMWorker(max_workers=1)
    errors = []

    def boom():
        raise ValueError("nope")

    worker.submit(boom, on_error=errors.append)
    assert _wait(worker, lambda: bool(errors))
    assert isinstance(errors[0], ValueError)
    worker.shutdown()


def test_busy_by_tag():
    worker = LLMWorker(max_workers=1)
    worker.submit(time.sleep, 0.2, tag="quest")
    assert worker.busy("quest")
    assert not worker.busy("bark")
    worker.shutdown()
