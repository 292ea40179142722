import pytest
from dbos import DBOS

from app.steps import review as review_steps


@pytest.fixture(scope="module")
def dbos_app():
    DBOS.destroy(destroy_registry=False)
    DBOS(config={"name": "docflow-test", "database_url": "sqlite:///test.sqlite"})
    DBOS.reset_system_database()
    DBOS.launch()
    yield
    DBOS.destroy(destroy_registry=False)


def test_risk_score_bounds():
    assert review_steps.risk_score([]) == 0.0
    assert review_steps.risk_score([{"severity": "high"}] * 5) == 1.0


@pytest.mark.integration
def test_review_workflow_end_to_end(dbos_app, fake_clients, monkeypatch):
    from app.db import transactions as tx
    from app.workflows.review import review_document

    monkeypatch.setattr(review_steps, "get_cohere_client", lambda: fake_clients["cohere"])
    monkeypatch.setattr(review_steps, "get_bedrock_runtime", lambda: fake_clients["bedrock"])
    doc_id = tx.create_document("t1", "msa.pdf")
    handle = DBOS.start_workflow(review_document, doc_id)
    result = handle.get_result()
    assert result["risk"] == 0.0


@pytest.mark.asyncio
async def test_multi_model_service_tracks(monkeypatch):
    from app.services import multi_model_service as mms
    from tests.fakes import FakeAnthropic

    fa = FakeAnthropic("ok")

    class _AsyncMessages:
        async def create(self, **kw):
            return fa.messages.create(**kw)

    class _AsyncClient:
        messages = _AsyncMessages()

    persisted = []
    monkeypatch.setattr(mms, "get_async_anthropic", lambda: _AsyncClient())
    monkeypatch.setattr(mms.llm_tracker, "_persist", lambda usage, wf: persisted.append(usage))
    out = await mms.multi_model_service.generate_response(
        prompt="hi", task_type="test", complexity=mms.TaskComplexity.STANDARD
    )
    assert out == "ok"
    assert persisted[0].input_tokens == 12
    assert persisted[0].output_tokens == 7
