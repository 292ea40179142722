import json
from unittest import mock

from supportdesk.schemas import Category, Priority, Ticket
from supportdesk.services.triage import TriageService
from tests.fakes import FakeOpenAI


def _ticket(body="I was charged twice this month"):
    return Ticket(id=None, customer_email="a@b.c", subject="Billing", body=body)


def test_classify_parses_json():
    fake = FakeOpenAI(json.dumps({"category": "billing", "priority": "normal", "summary": "x"}))
    svc = TriageService(client=fake, model="test-model", tickets=mock.Mock())
    result = svc.classify(_ticket())
    assert result.category is Category.BILLING
    # urgent keyword bumps priority
    assert result.priority is Priority.HIGH
    assert fake.chat.completions.calls[0]["model"] == "test-model"


def test_classify_handles_garbage():
    svc = TriageService(client=FakeOpenAI("not json"), model="m", tickets=mock.Mock())
    assert svc.classify(_ticket("hello")).category is Category.OTHER


def test_triage_with_mocked_openai():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"category": "bug", "priority": "high"}'))
    ]
    svc = TriageService(client=client, model="m", tickets=mock.Mock())
    assert svc.classify(_ticket("app crashes")).category is Category.BUG
    client.chat.completions.create.assert_called_once()
