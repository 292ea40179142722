import json
from unittest import mock

from labelling_flows.tasks import labelling
from fakes import FakeOpenAI


def test_label_batch_parses_json(fake_openai):
    fake_openai.chat.completions.replies = [json.dumps({"label": "billing", "confidence": 0.9, "rationale": "x"})]
    out = labelling.label_batch(batch=[{"id": "t1", "text": "charged twice"}])
    assert out[0]["label"] == "billing"
    assert fake_openai.chat.completions.calls[0]["temperature"] == 0


def test_fake_client_records_calls():
    fake = FakeOpenAI(replies=['{"label": "how_to"}'])
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert json.loads(resp.choices[0].message.content)["label"] == "how_to"


def test_label_batch_tracked_uses_service():
    with mock.patch.object(labelling, "multi_model_service") as svc:
        svc.generate_response = mock.AsyncMock(return_value='{"label": "bug_report", "confidence": 0.8}')
        out = labelling.label_batch_tracked(batch=[{"id": "t2", "text": "app crashes"}])
    assert out == [{"id": "t2", "label": "bug_report", "confidence": 0.8}]
    svc.generate_response.assert_awaited_once()


def test_claude_labelling_with_mock_client():
    client = mock.MagicMock()
    client.messages.create.return_value.content = [mock.Mock(text='{"label": "cancellation"}')]
    with mock.patch("labelling_flows.llm.get_anthropic_client", return_value=client):
        out = labelling.label_batch_claude(batch=[{"id": "t3", "text": "close my account"}])
    assert out[0]["label"] == "cancellation"
    client.messages.create.assert_called_once()
