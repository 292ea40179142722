import threading
import time

import zmq

from zmq_workers.broker import Broker
from zmq_workers.framing import W_READY, W_REPLY, W_REQUEST, pack, unpack
from zmq_workers.protocol import Job, JobResult


def test_broker_routes_job_to_ready_worker(monkeypatch, zctx):
    monkeypatch.setenv("BROKER_FRONTEND_BIND", "inproc://front")
    monkeypatch.setenv("BROKER_BACKEND_BIND", "inproc://back")
    monkeypatch.setenv("BROKER_EVENTS_BIND", "inproc://events")
    from zmq_workers.config import get_settings
    get_settings.cache_clear()

    broker = Broker(ctx=zctx)
    t = threading.Thread(target=broker.run, daemon=True)
    t.start()
    time.sleep(0.1)

    worker = zctx.socket(zmq.DEALER)
    worker.connect("inproc://back")
    worker.send_multipart([b"", W_READY, b"summarize"])

    client = zctx.socket(zmq.DEALER)
    client.connect("inproc://front")
    job = Job.create("summarize", text="hi")
    client.send_multipart([b"", pack(job.to_dict())])

    assert worker.poll(2000)
    _, cmd, client_addr, _, payload = worker.recv_multipart()
    assert cmd == W_REQUEST
    assert unpack(payload)["job_id"] == job.job_id
    reply = JobResult(job.job_id, "ok", result={"summary": "hello"})
    worker.send_multipart([b"", W_REPLY, client_addr, b"", pack(reply.to_dict())])

    assert client.poll(2000)
    _, body = client.recv_multipart()
    assert unpack(body)["result"]["summary"] == "hello"

    broker.stop()
    t.join(timeout=5)
    worker.close(0)
    client.close(0)
