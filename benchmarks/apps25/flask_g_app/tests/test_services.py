from unittest import mock

from app.models import Ticket
from app.services import candidate_matching, summaries
from app.services.cost import calculate_cost
from tests.fakes import FakeAnthropic


def test_summarize_thread_passes_model():
    fake = FakeAnthropic("- refund approved")
    out = summaries.summarize_thread(fake, [{"author": "a", "body": "hi"}])
    assert out == "- refund approved"
    assert fake.calls[0][1]["model"] == summaries.DEFAULT_MODEL


def test_summarize_empty_thread_makes_no_call():
    fake = mock.MagicMock()
    assert summaries.summarize_thread(fake, []) == ""
    fake.messages.create.assert_not_called()


def test_embed_texts_batches(app):
    vectors = candidate_matching.embed_texts(["a", "bb", "ccc"])
    assert len(vectors) == 3


def test_policy_answer_azure(app):
    factory = mock.MagicMock()
    factory.azure.return_value.chat.completions.create.return_value.choices = [
        mock.MagicMock(message=mock.MagicMock(content="Yes [PTO-1]"))
    ]
    app.config["LLM_CLIENT_FACTORY"] = factory
    from app.services import policy_qa

    with app.test_request_context():
        assert policy_qa._answer_azure("PTO?", "ctx") == "Yes [PTO-1]"
    factory.azure.return_value.chat.completions.create.assert_called_once()


def test_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == 0.15
    assert calculate_cost("hr-gpt4o", 0, 1_000_000) == 10.0
    assert calculate_cost("unknown-model", 10, 10) == 0.0


def test_ticket_create(app):
    t = Ticket.create("a@b.c", "Hello", "Body")
    assert t.id is not None


# ---- routes


def test_create_ticket_submits_jobs(client):
    with mock.patch("app.background.submit") as submit:
        resp = client.post(
            "/tickets/",
            json={"requester_email": "x@y.z", "subject": "Payroll", "body": "Missing pay"},
        )
    assert resp.status_code == 201
    assert submit.call_count == 2


def test_policy_ask_uses_tracked_path(client):
    with mock.patch(
        "app.services.policy_qa.answer_tracked",
        return_value=mock.Mock(answer="ok", sources=["PTO-1"], backend="tracked"),
    ) as tracked:
        resp = client.post("/policies/ask", json={"question": "How much PTO?"})
    assert resp.get_json()["backend"] == "tracked"
    tracked.assert_called_once()


def test_healthz(client):
    assert client.get("/healthz").get_json()["ok"] is True
