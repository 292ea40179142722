import queue

from tray import services, workers


def test_worker_runs_registered_handler(monkeypatch):
    monkeypatch.setattr(services, "jobs", queue.Queue())
    monkeypatch.setattr(services, "results", queue.Queue())

    @workers.handler("double")
    def double(x):
        return x * 2

    pool = workers.WorkerPool(size=1)
    pool.start()
    workers.submit("double", x=21)
    res = services.results.get(timeout=2)
    pool.stop()
    assert res.value == 42 and res.error is None


def test_translate_pairs_use_hf(fake_services):
    from tray import translate

    out = translate.translate("good morning", target="German", source="English")
    assert out.startswith("[Helsinki-NLP/opus-mt-en-de]")
