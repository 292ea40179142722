from unittest.mock import MagicMock

import pytest

from app.errors import UpstreamModelError
from app.schemas import Ticket, TicketCategory, TicketPriority
from app.services.triage_service import TriageService


def _ticket(**kw):
    base = dict(id=1, subject="Can't log in", body="SSO fails since this morning",
                customer_email="a@b.com")
    base.update(kw)
    return Ticket(**base)


def _tool_response(category="account", priority="high", confidence=0.9):
    return {
        "output": {"message": {"content": [{"toolUse": {"input": {
            "category": category, "priority": priority, "confidence": confidence,
        }}}]}},
        "usage": {"inputTokens": 120, "outputTokens": 30},
    }


def test_classify_reads_tool_input():
    bedrock = MagicMock()
    bedrock.converse.return_value = _tool_response()
    svc = TriageService(bedrock, model_id="m", priority_model_id="p")

    result = svc.classify(_ticket())

    assert result.category == TicketCategory.ACCOUNT
    assert result.priority == TicketPriority.HIGH
    kwargs = bedrock.converse.call_args.kwargs
    assert kwargs["toolConfig"]["toolChoice"] == {"tool": {"name": "record_triage"}}


def test_classify_without_tool_use_raises():
    bedrock = MagicMock()
    bedrock.converse.return_value = {"output": {"message": {"content": [{"text": "hmm"}]}}}
    svc = TriageService(bedrock, model_id="m", priority_model_id="p")
    with pytest.raises(UpstreamModelError):
        svc.classify(_ticket())


def test_extract_entities_tolerates_prose_around_json():
    bedrock = MagicMock()
    bedrock.converse.return_value = {"output": {"message": {"content": [
        {"text": 'Sure! {"account_id": "AC-1", "invoice_numbers": [], "product_area": null, '
                 '"error_codes": ["E42"]} Hope that helps.'}
    ]}}}
    svc = TriageService(bedrock, model_id="m", priority_model_id="p")
    assert svc.extract_entities(_ticket())["error_codes"] == ["E42"]
