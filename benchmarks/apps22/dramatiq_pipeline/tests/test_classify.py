from unittest import mock

from claimsdoc.actors import classify as classify_mod
from fakes import FakeOllama, FakeOpenAI


def _ocr(text):
    return {"claim_id": "C1", "document_id": "D1", "text": text, "pages": 1}


def test_cloud_route_uses_openai(monkeypatch, fake_repo):
    fake = FakeOpenAI(replies=['{"doc_type": "police_report", "confidence": 0.93}'])
    monkeypatch.setattr(classify_mod, "get_openai", lambda: fake)
    out = classify_mod.classify_document.fn(_ocr("Officer Smith responded to the incident at 5th and Main"))
    assert out["doc_type"] == "police_report"
    assert out["route"] == "cloud"
    assert fake.calls[0]["response_format"] == {"type": "json_object"}
    assert fake_repo.status["D1"][0] == "classified"


def test_phi_goes_onprem(monkeypatch):
    fake_ollama = FakeOllama('{"doc_type": "medical_record", "confidence": 0.8}')
    monkeypatch.setattr(classify_mod.llm, "worker", lambda: mock.Mock(ollama=fake_ollama))
    out = classify_mod.classify_document.fn(_ocr("Patient DOB: 1970-01-01. Diagnosis: ICD-10 S13.4"))
    assert out["route"] == "onprem"
    assert fake_ollama.calls, "expected the on-prem model to be used"


def test_low_confidence_is_kept(monkeypatch):
    fake = FakeOpenAI(replies=['```json\n{"doc_type": "other", "confidence": 0.2}\n```'])
    monkeypatch.setattr(classify_mod, "get_openai", lambda: fake)
    out = classify_mod.classify_document.fn(_ocr("blurry scan"))
    assert out["doc_type"] == "other"
    assert out["confidence"] == 0.2


def test_cloud_classify_with_mock_client(monkeypatch):
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [
        mock.Mock(message=mock.Mock(content='{"doc_type": "invoice", "confidence": 0.9}'))
    ]
    monkeypatch.setattr(classify_mod, "get_openai", lambda: client)
    cls = classify_mod._classify_cloud("INVOICE #123 total due")
    assert cls.doc_type == "invoice"
    client.chat.completions.create.assert_called_once()
