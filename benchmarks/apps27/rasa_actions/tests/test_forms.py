import json
from unittest.mock import AsyncMock, MagicMock

import pytest

from actions import forms
from actions.forms import ValidateSimSwapForm, ValidateTroubleshootForm
from tests.fakes import FakeOllama, make_tracker


@pytest.mark.parametrize(
    "raw, expected",
    [("+49 170 1234567", "+491701234567"), ("0049-170-1234567", "+491701234567"), ("12", None)],
)
def test_validate_phone_number(raw, expected, dispatcher, domain):
    result = ValidateSimSwapForm().validate_phone_number(raw, dispatcher, make_tracker(raw), domain)
    assert result == {"phone_number": expected}


def test_device_model_quick_match_skips_llm(monkeypatch, dispatcher, domain):
    fake = FakeOllama("{}")
    monkeypatch.setattr(forms, "get_ollama_client", lambda: fake)
    out = ValidateTroubleshootForm().validate_device_model("my Samsung S23", dispatcher, make_tracker(), domain)
    assert out["device_model"].lower().startswith("samsung")
    assert fake.calls == []


def test_device_model_uses_llm(monkeypatch, dispatcher, domain):
    fake = FakeOllama(json.dumps({"brand": "AVM", "model": "7590"}))
    monkeypatch.setattr(forms, "get_ollama_client", lambda: fake)
    out = ValidateTroubleshootForm().validate_device_model("the white box 7590", dispatcher, make_tracker(), domain)
    assert out == {"device_model": "AVM 7590"}
    assert fake.calls[0]["format"] == "json"


@pytest.mark.asyncio
async def test_issue_description_classified(monkeypatch, dispatcher, domain):
    mistral = MagicMock()
    mistral.chat.complete_async = AsyncMock(
        return_value=MagicMock(choices=[MagicMock(message=MagicMock(content='{"category": "slow_data"}'))])
    )
    monkeypatch.setattr(forms, "get_mistral_client", lambda: mistral)

    out = await ValidateTroubleshootForm().validate_issue_description(
        "internet is super slow since monday", dispatcher, make_tracker(), domain
    )

    assert out["issue_category"] == "slow_data"
    mistral.chat.complete_async.assert_awaited_once()


def test_address_invalid(monkeypatch, dispatcher, domain):
    client = MagicMock()
    client.chat.completions.create.return_value = MagicMock(
        choices=[MagicMock(message=MagicMock(content="INVALID"))]
    )
    monkeypatch.setattr(forms, "_address_client", client)
    out = forms.ValidateTechnicianVisitForm().validate_service_address("asdf", dispatcher, make_tracker(), domain)
    assert out == {"service_address": None}
