import os

os.environ.setdefault("UNIT_TESTS", "1")

import dramatiq  # noqa: E402
import pytest  # noqa: E402
from dramatiq import Worker  # noqa: E402

from claimsdoc import storage  # noqa: E402
from claimsdoc.broker import broker as _broker  # noqa: E402
from claimsdoc.providers import registry  # noqa: E402
from fakes import FakeRepo  # noqa: E402


@pytest.fixture
def broker():
    _broker.flush_all()
    return _broker


@pytest.fixture
def worker(broker):
    w = Worker(broker, worker_timeout=100)
    w.start()
    yield w
    w.stop()


@pytest.fixture(autouse=True)
def fake_repo(monkeypatch):
    repo = FakeRepo()
    monkeypatch.setattr(storage, "repo", repo)
    monkeypatch.setattr(storage, "write_json", lambda key, payload: None)
    yield repo


@pytest.fixture(autouse=True)
def _clear_registry():
    registry.clear()
    yield
    registry.clear()


@pytest.fixture
def stub_results():
    from claimsdoc.broker import result_backend

    return result_backend


__all__ = ["dramatiq"]
