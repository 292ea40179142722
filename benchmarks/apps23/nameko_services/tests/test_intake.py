from unittest import mock

import pytest
from nameko.testing.services import worker_factory

from services.extraction import find_policy_number, normalise_address
from services.intake import ClaimIntakeService
from tests.fakes import FakeOpenAI


def test_find_policy_number():
    assert find_policy_number("my policy is HO12-1234567 thanks") == "HO12-1234567"
    assert find_policy_number("no number here") is None


def test_normalise_address():
    assert normalise_address("  12  main st,  springfield, ") == "12 Main St, Springfield"


def test_classify_loss_type_uses_label_from_model(fake_claims):
    fake = FakeOpenAI(replies=["property_water"])
    service = worker_factory(ClaimIntakeService, llm=fake, claims=fake_claims)

    assert service.classify_loss_type("pipe burst under the sink") == "property_water"
    name, kwargs = fake.calls[-1]
    assert name == "chat.completions.create"
    assert kwargs["temperature"] == 0


def test_classify_loss_type_unknown_label_maps_to_other(fake_claims):
    service = worker_factory(ClaimIntakeService, llm=FakeOpenAI(replies=["spaceship"]), claims=fake_claims)
    assert service.classify_loss_type("???") == "other"


def test_submit_claim_dispatches_event(fake_claims):
    fake = FakeOpenAI(replies=["auto_collision"])
    service = worker_factory(ClaimIntakeService, llm=fake, claims=fake_claims)

    record = service.submit_claim({"statement": "Rear-ended at a light on AB12-1234567", "channel": "phone"})

    assert record["loss_type"] == "auto_collision"
    service.dispatch.assert_called_once_with("claim_submitted", record)


def test_submit_claim_requires_statement():
    service = worker_factory(ClaimIntakeService)
    with pytest.raises(ValueError):
        service.submit_claim({"statement": "  "})


def test_moderation_with_magicmock():
    service = worker_factory(ClaimIntakeService)
    service.llm.moderations.create.return_value = mock.Mock(results=[mock.Mock(flagged=True)])

    assert service.moderate("some text") is True
    service.llm.moderations.create.assert_called_once_with(model="omni-moderation-latest", input="some text")


def test_fake_client_shape():
    fake = FakeOpenAI(replies=["hello"])
    response = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert response.choices[0].message.content == "hello"
