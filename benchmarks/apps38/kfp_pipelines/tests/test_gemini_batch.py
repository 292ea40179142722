import asyncio

from llm_batch import gemini_batch

TICKET = {"id": "t1", "subject": "Refund", "body": "I was charged twice"}


def test_classify_ticket_parses_json(fake_genai):
    out = gemini_batch.classify_ticket(TICKET, ["billing", "other"])
    assert out["category"] == "billing"
    assert out["ticket_id"] == "t1"
    assert fake_genai.models.calls[0]["config"].response_mime_type == "application/json"


def test_classify_ticket_handles_garbage(fake_genai):
    fake_genai.models.text = "not json"
    out = gemini_batch.classify_ticket(TICKET, ["billing"])
    assert out["category"] == "unknown"


def test_classify_many_runs_all(fake_genai):
    res = asyncio.run(gemini_batch.classify_many([TICKET, {**TICKET, "id": "t2"}], ["billing"], concurrency=2))
    assert [r["ticket_id"] for r in res] == ["t1", "t2"]


def test_estimate_prompt_tokens(fake_genai):
    assert gemini_batch.estimate_prompt_tokens([TICKET] * 40, ["billing"]) == 400
