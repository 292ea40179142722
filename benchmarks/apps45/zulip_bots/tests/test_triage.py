import json

from bots.incident_triage.classifier import SeverityClassifier
from tests.fakes import FakeBedrockRuntime


def test_classify_parses_json_reply():
    fake = FakeBedrockRuntime(json.dumps({
        "severity": "sev2", "component": "billing", "summary": "Invoices failing", "next_steps": "page billing",
    }))
    triage = SeverityClassifier(fake, "model-x", ["billing", "api"]).classify("invoices are failing")
    assert triage.severity == "SEV2"
    assert triage.component == "billing"
    assert triage.next_steps == ["page billing"]
    assert triage.is_page_worthy
    assert fake.calls[0]["modelId"] == "model-x"


def test_classify_falls_back_on_garbage():
    fake = FakeBedrockRuntime("I think this is bad")
    triage = SeverityClassifier(fake, "model-x", []).classify("???")
    assert triage.severity == "SEV3"
    assert not triage.is_page_worthy


def test_fake_converse_direct():
    fake = FakeBedrockRuntime("ok")
    out = fake.converse(modelId="m", messages=[{"role": "user", "content": [{"text": "hi"}]}])
    assert out["usage"]["totalTokens"] == 20
