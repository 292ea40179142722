import pytest
from ninja.testing import TestClient

from listings import services
from listings.api import router
from listings.models import Listing

pytestmark = pytest.mark.django_db


def test_generate_description_uses_core_openai_client(listing, fake_openai):
    text = services.generate_listing_description(listing, tone="concise", max_words=80)

    assert text == "A lovely home."
    call = fake_openai.chat.completions.create.calls[0]
    assert call["kwargs"]["model"] == "gpt-4o-mini"
    assert call["kwargs"]["max_tokens"] == 160
    assert "12 Elm St" in call["kwargs"]["messages"][1]["content"]


def test_scrub_copy_removes_fair_housing_phrases():
    assert services.scrub_copy("Great yard, perfect for families!") == "Great yard, !"


def test_suggest_title_trims_quotes(listing, fake_openai):
    assert services.suggest_title(listing) == "A lovely home."


def test_fake_client_is_not_the_sdk(fake_openai):
    # sanity check on the fake itself
    result = fake_openai.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert result.usage.total_tokens == 30


def test_generate_copy_endpoint(listing, fake_openai, fake_voyage, agent):
    client = TestClient(router)
    response = client.post(f"/{listing.pk}/copy", json={"tone": "warm", "max_words": 100}, user=agent)

    assert response.status_code == 200
    listing.refresh_from_db()
    assert listing.description == "A lovely home."
    assert listing.description_generated_at is not None


def test_moderation_runs_on_description_change(listing, fake_openai):
    listing.description = "Charming bungalow"
    listing.save(update_fields=["description"])

    assert len(fake_openai.moderations.create.calls) == 1
    assert Listing.objects.get(pk=listing.pk).status == Listing.Status.DRAFT


def test_rewrite_endpoint(fake_anthropic, agent):
    client = TestClient(router)
    response = client.post("/rewrite", json={"text": "nice house"}, user=agent)

    assert response.json() == {"text": "Happy to help."}
    assert fake_anthropic.messages.create.calls[0]["kwargs"]["max_tokens"] == 1024
