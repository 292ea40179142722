from unittest import mock

import pandas as pd

from docai_models.models.claim_triage import ClaimTriageModel
from docai_models.models.document_extractor import DocumentExtractorModel
from docai_models.models.ocr_pipeline import OCRPipelineModel


def _model(fake_registry):
    m = ClaimTriageModel()
    m.registry = fake_registry
    m.model_config = {"moderate_input": True}
    m.on_load(context=None)
    return m


def test_predict_parses_structured_output(fake_registry, fake_openai):
    model = _model(fake_registry)
    out = model.predict(None, pd.DataFrame([{"fnol_text": "Rear-ended at a light."}]))
    assert out.loc[0, "line_of_business"] == "auto"
    assert out.loc[0, "flagged"] is False or out.loc[0, "flagged"] == False  # noqa: E712
    call = fake_openai.chat.completions.calls[0]
    assert call["response_format"]["type"] == "json_schema"


def test_predict_row_uses_temperature_param(fake_registry, fake_openai):
    model = _model(fake_registry)
    model.predict_row({"fnol_text": "Hail on roof"}, {"temperature": 0.3})
    assert fake_openai.chat.completions.calls[-1]["temperature"] == 0.3


def test_mocked_client_direct():
    client = mock.MagicMock()
    client.chat.completions.create.return_value.choices = [mock.Mock(message=mock.Mock(content="{}"))]
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert resp.choices[0].message.content == "{}"



def test_extractor_forces_tool(fake_registry):
    model = DocumentExtractorModel()
    model.registry = fake_registry
    model.artifacts = {}
    model.on_load(context=None)
    out = model.predict_row({"document_text": "ACORD 2 ...", "doc_type": "acord_form"}, {})
    assert out["fields"]["policy_number"] == "PA-123"
    sent = fake_registry.get("anthropic").messages.calls[0]
    assert sent["tool_choice"] == {"type": "tool", "name": "record_acord"}



def test_ocr_with_cleanup(fake_registry):
    model = OCRPipelineModel()
    model.registry = fake_registry
    model.model_config = {"cleanup": True}
    model.on_load(context=None)
    out = model.predict_row({"document_url": "https://example.invalid/doc.pdf"}, {})
    assert out["pages"] == 2
    assert out["cleaned"] == "cleaned\n\ncleaned"
