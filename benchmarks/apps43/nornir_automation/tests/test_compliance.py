from unittest.mock import MagicMock, patch

from netauto.tasks import compliance
from netauto.utils.changes import ConfigGenerator
from fakes import FakeHost, FakeTask

GOOD = """ip ssh version 2
ntp server 10.0.0.1
aaa new-model
logging host 10.0.0.2
line vty 0 4
 transport input ssh
"""


def test_rules_pass():
    t = FakeTask(FakeHost("r1", running_config=GOOD))
    assert compliance.check_rules(t).result == []


def test_rules_fail_on_telnet():
    t = FakeTask(FakeHost("r1", running_config=GOOD.replace("input ssh", "input telnet ssh")))
    assert "no-telnet" in compliance.check_rules(t).result


def test_classify_findings_with_mocked_mistral():
    t = FakeTask(FakeHost("r1"), subresults={"check_rules": ["ntp"]})
    with patch.object(compliance, "Mistral") as m:
        client = m.return_value
        client.chat.complete.return_value.choices = [MagicMock(message=MagicMock(content='{"ntp": "MAJOR"}'))]
        r = compliance.classify_findings(t, mistral_api_key="test")
    assert r.result == {"ntp": "MAJOR"}
    client.chat.complete.assert_called_once()


def test_config_generator():
    out = ConfigGenerator().generate({"Gi0/1": "lon1-core2"})
    assert out == "interface Gi0/1\n description to lon1-core2"


def test_drift_explain_with_mocked_bedrock():
    from netauto.runbooks import drift

    fake = MagicMock()
    body = MagicMock()
    body.read.return_value = b'{"content": [{"text": "manual change"}]}'
    fake.invoke_model.return_value = {"body": body}
    with patch.object(drift, "get_bedrock_runtime", return_value=fake):
        notes = drift.explain_drift({"r1": "+ hostname X"})
    assert notes == {"r1": "manual change"}
    assert fake.invoke_model.call_args.kwargs["modelId"]


def test_redact_removes_secrets():
    from netauto.utils.text import redact

    out = redact("enable secret 5 $1$abc\\nusername admin secret 0 hunter2\\n")
    assert "hunter2" not in out and "<redacted>" in out
