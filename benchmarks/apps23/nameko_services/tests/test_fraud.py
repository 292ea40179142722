from datetime import date
from unittest import mock

from nameko.testing.services import worker_factory

from services import fraud_scoring as rules
from services.fraud_scoring import combine, llm_second_opinion
from services.fraud import FraudDetectionService
from tests.fakes import FakeClaims


def test_late_reporting_signal():
    signals = rules.late_reporting({"date_of_loss": "2024-01-01"}, today=date(2024, 3, 1))
    assert signals and signals[0].code == "LATE_REPORT"


def test_rule_score_is_bounded():
    signals = [rules.Signal("A", 0.9, ""), rules.Signal("B", 0.9, "")]
    assert 0 < rules.rule_score(signals) <= 1


def test_combine_weights():
    assert combine(1.0, {"risk": "high"}) == 0.96


def test_second_opinion_parses_prefilled_json():
    client = mock.Mock()
    client.messages.create.return_value = mock.Mock(content=[mock.Mock(text='"risk": "low", "indicators": []}')])

    opinion = llm_second_opinion(client, "model-x", {"claim_number": "C1"}, [])

    assert opinion["risk"] == "low"
    assert client.messages.create.call_args.kwargs["messages"][-1] == {"role": "assistant", "content": "{"}


def test_low_score_claim_skips_model():
    claims = FakeClaims({"C1": {"claim_number": "C1"}})
    service = worker_factory(FraudDetectionService, claims=claims)

    service.on_claim_submitted({"claim_number": "C1", "loss_type": "auto_glass"})

    service.claude.assess.assert_not_called()
    service.bedrock_claude.messages.create.assert_not_called()
    assert claims.get("C1")["fraud_score"] == 0.0


def test_borderline_eu_claim_uses_bedrock():
    claims = FakeClaims()
    service = worker_factory(FraudDetectionService, claims=claims)
    service.bedrock_claude.messages.create.return_value = mock.Mock(
        content=[mock.Mock(text='"risk": "high", "indicators": ["x"], "recommendation": "refer"}')]
    )
    claim = {
        "claim_number": "C2",
        "region": "eu",
        "loss_type": "property_theft",
        "estimated_amount": 5000,
        "date_of_loss": "2024-01-01",
    }
    with mock.patch("services.fraud_scoring.date") as fake_date:
        fake_date.today.return_value = date(2024, 1, 5)
        service.on_claim_submitted(claim)

    service.claude.assess.assert_not_called()
    assert claims.get("C2")["fraud_opinion"]["risk"] == "high"
