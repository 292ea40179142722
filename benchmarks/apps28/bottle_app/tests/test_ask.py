from __future__ import annotations

from unittest import mock

from tests.fakes import FakeOpenAI


def test_index_renders(client):
    res = client.get("/", headers={"X-Employee-Id": "e123"})
    assert res.status_int == 200
    assert "PolicyPal" in res.text


def test_ask_uses_injected_client(client, factory):
    res = client.post("/ask", {"question": "How many days of annual leave do I get?"})
    assert "Fake answer." in res.text
    call = factory.openai().chat.completions.calls[-1]
    assert call["temperature"] == 0.1
    assert call["messages"][0]["role"] == "system"


def test_ask_empty_question_redirects(client):
    res = client.post("/ask", {"question": "  "})
    assert res.status_int == 302


def test_ask_flagged_question_is_escalated(client, factory):
    factory.openai().moderations.flagged = {"self-harm"}
    res = client.post("/ask", {"question": "I feel terrible"})
    assert "HR partner" in res.text
    assert factory.openai().chat.completions.calls == []


def test_quick_answer_goes_through_multi_model_service(client):
    with mock.patch("hrassist.routes.ask.multi_model_service") as mms:
        async def fake(**kwargs):
            return "Please ask HR"

        mms.generate_response.side_effect = fake
        res = client.post_json("/ask/quick", {"question": "Can I bring my dog?"})
    assert res.json == {"answer": "Please ask HR"}
    assert mms.generate_response.call_args.kwargs["task_type"] == "intranet_quick_answer"


def test_fake_stream_shape():
    fake = FakeOpenAI(reply="one two")
    parts = [c.choices[0].delta.content for c in fake.chat.completions.create(model="x", messages=[], stream=True)]
    assert parts == ["one", "two"]


def test_feedback_404(client):
    client.post("/ask/999/feedback", {"helpful": "yes"}, status=404)


# -- letters sub-app (moved here from test_letters.py) -----------------------

def test_draft_offer_letter(client, factory):
    res = client.post(
        "/letters/offer/draft",
        {"name": "Ada Lovelace", "role": "Analyst", "start": "2025-03-01", "salary": "GBP 50,000"},
    )
    assert "Dear colleague" in res.text
    sent = factory.anthropic().messages.calls[-1]
    assert "Ada Lovelace" in sent["messages"][0]["content"]


def test_unknown_kind_404(client):
    client.post("/letters/nonsense/draft", {"name": "x"}, status=404)
