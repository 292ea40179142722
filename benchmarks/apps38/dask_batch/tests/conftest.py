from __future__ import annotations

import pytest

from enrich.plugins import ClientBundle
from tests.fakes import FakeBedrock, FakeLimiters, FakeOpenAI


@pytest.fixture
def fake_bundle(monkeypatch):
    bundle = ClientBundle(openai=FakeOpenAI(), bedrock=FakeBedrock(), limiters=FakeLimiters())
    monkeypatch.setattr("enrich.tasks.classify.worker_clients", lambda: bundle)
    monkeypatch.setattr("enrich.tasks.classify.worker_limiter", lambda name: None)
    monkeypatch.setattr("enrich.tasks.summarize.worker_clients", lambda: bundle)
    monkeypatch.setattr("enrich.tasks.embed.worker_clients", lambda: bundle)
    return bundle


@pytest.fixture(scope="session")
def local_cluster():
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None)
    client = Client(cluster)
    yield client
    client.close()
    cluster.close()
