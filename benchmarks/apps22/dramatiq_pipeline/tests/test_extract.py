import json

from claimsdoc.actors import extract as extract_mod
from fakes import FakeAnthropic, FakeBedrockRuntime, FakeOpenAI


def _classified(doc_type, text="..."):
    return {"claim_id": "C9", "document_id": "D9", "doc_type": doc_type, "text": text}


def test_estimate_goes_to_claude(monkeypatch):
    fake = FakeAnthropic(reply='"policy_number": "HO-123", "claimant_name": "Ana Ruiz"}')
    monkeypatch.setattr(extract_mod, "get_anthropic", lambda: fake)
    out = extract_mod.extract_fields.fn(_classified("repair_estimate"))
    assert out["fields"]["policy_number"] == "HO-123"
    assert fake.calls[0]["messages"][-1] == {"role": "assistant", "content": "{"}


def test_medical_goes_to_bedrock(monkeypatch):
    fake = FakeBedrockRuntime(text=json.dumps({"provider_name": "St. Mary"}))
    monkeypatch.setattr(extract_mod, "get_bedrock_runtime", lambda: fake)
    out = extract_mod.extract_fields.fn(_classified("medical_record"))
    assert out["fields"]["provider_name"] == "St. Mary"
    assert fake.calls[0][0] == "invoke_model"


def test_photo_log_skips_models(monkeypatch):
    boom = FakeAnthropic()
    monkeypatch.setattr(extract_mod, "get_anthropic", lambda: boom)
    out = extract_mod.extract_fields.fn(_classified("photo_log"))
    assert out["fields"]["line_items"] == []
    assert boom.calls == []


def test_fake_client_direct():
    fake = FakeOpenAI(replies=['{"x": 1}'])
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == '{"x": 1}'
