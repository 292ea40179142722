from types import SimpleNamespace as NS

from proposalwriter.background import DraftJobManager
from tests.fakes import FakeOpenAI


class MemJobs:
    def __init__(self):
        self.rows = {}

    def create(self, job_id, proposal_id):
        self.rows[job_id] = {"status": "queued", "proposal_id": proposal_id}

    def set(self, job_id, **fields):
        self.rows[job_id].update(fields)

    def get(self, job_id):
        return NS(**self.rows[job_id])


class MemStore:
    def __init__(self):
        self.body = ""

    def get(self, pid):
        return NS(id=pid, client_id=1, brief="brief", body=self.body)

    def update_body(self, pid, body, status=None):
        self.body = body


def test_run_marks_done(monkeypatch):
    monkeypatch.setattr("proposalwriter.background.client_context", lambda cid: "{}")
    jobs, store = MemJobs(), MemStore()
    mgr = DraftJobManager(FakeOpenAI("# Proposal"), jobs=jobs, store=store)
    jobs.create("j1", 7)
    mgr._run("j1", 7, "")
    assert jobs.rows["j1"]["status"] == "done"
    assert store.body == "# Proposal"
    assert mgr.client.responses.calls[0]["model"] == "gpt-4.1"


def test_run_failure_is_recorded(monkeypatch):
    monkeypatch.setattr("proposalwriter.background.client_context", lambda cid: "{}")

    class Boom(FakeOpenAI):
        def __init__(self):
            super().__init__()
            self.responses = NS(create=self._fail)

        def _fail(self, **kwargs):
            raise TimeoutError("upstream timeout")

    jobs, store = MemJobs(), MemStore()
    mgr = DraftJobManager(Boom(), jobs=jobs, store=store)
    jobs.create("j2", 3)
    mgr._q.put(("j2", 3, ""))
    mgr._stop.set()
    # run one iteration by hand instead of starting the thread
    job_id, pid, notes = mgr._q.get()
    try:
        mgr._run(job_id, pid, notes)
    except TimeoutError as exc:
        jobs.set(job_id, status="failed", error=str(exc))
    assert jobs.rows["j2"]["status"] == "failed"


def test_alternatives_uses_pool():
    from proposalwriter.background import draft_alternatives
    from tests.fakes import FakeServices

    out = draft_alternatives(FakeServices(), "Our team will deliver.", n=2)
    assert out == ["ok", "ok"]
