import time

from addons._flusher import FlowFlusher, Snapshot
from tests.fakes import FakeOpenAI


def test_flusher_batches_and_stops():
    records = []
    fake = FakeOpenAI(reply="grouped")
    worker = FlowFlusher(fake, model="gpt-4o-mini", interval=0.05, sink=records.append)
    worker.start()
    worker.submit(Snapshot("a", "https://x/1", "short"))
    worker.submit(Snapshot("b", "https://x/2", "a much longer body"))
    time.sleep(0.2)
    worker.stop()
    worker.join(timeout=2)
    assert records and records[0].get("summary") == "grouped"


def test_single_flow_gets_label():
    records = []
    worker = FlowFlusher(FakeOpenAI(reply="auth"), model="m", interval=0.01, sink=records.append)
    worker.start()
    worker.submit(Snapshot("a", "https://x/login", "x"))
    time.sleep(0.1)
    worker.stop()
    worker.join(timeout=2)
    assert records[0]["label"] == "auth"
