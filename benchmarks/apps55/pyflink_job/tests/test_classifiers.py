from enrichment.classifiers import RuleBasedIntent, classify_click_intent, normalise_label
from enrichment.prompts import INTENT_LABELS
from tests.fakes import FakeOpenAI


def test_classify_click_intent_uses_label(click_event):
    fake = FakeOpenAI(reply="Purchase intent.")
    assert classify_click_intent(fake, click_event) == "purchase_intent"
    [call] = fake.chat.completions.calls
    assert call["max_tokens"] == 8


def test_unknown_label_is_normalised():
    assert normalise_label("something else", INTENT_LABELS) == "unknown"


def test_rules_fallback():
    assert RuleBasedIntent().classify({"path": "/checkout/step1"}) == "purchase_intent"
    assert RuleBasedIntent().classify({"path": "/x", "user_agent": "Googlebot"}) == "bot_or_noise"


def test_fake_client_direct():
    fake = FakeOpenAI(reply="browse")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "x"}])
    assert resp.choices[0].message.content == "browse"
