import json

from rasa_sdk.events import SlotSet, UserUttered

from actions import action_fallback
from actions.action_fallback import ActionLLMIntentFallback
from tests.fakes import FakeOpenAI, make_tracker


def test_fallback_reinjects_confident_intent(monkeypatch, dispatcher, domain):
    fake = FakeOpenAI(json.dumps({"intent": "check_balance", "confidence": 0.9, "reason": "asks money"}))
    monkeypatch.setattr(action_fallback, "openai_client", fake)

    events = ActionLLMIntentFallback().run(dispatcher, make_tracker("how much do i owe"), domain)

    uttered = [e for e in events if e["event"] == "user"]
    assert uttered and uttered[0]["parse_data"]["intent"]["name"] == "check_balance"
    assert fake.calls[0]["response_format"] == {"type": "json_object"}
    assert dispatcher.messages == []


def test_fallback_asks_rephrase_when_unsure(monkeypatch, dispatcher, domain):
    fake = FakeOpenAI(json.dumps({"intent": "change_plan", "confidence": 0.2}))
    monkeypatch.setattr(action_fallback, "openai_client", fake)

    events = ActionLLMIntentFallback().run(dispatcher, make_tracker("hmm"), domain)

    assert SlotSet("fallback_count", 1) in events
    assert dispatcher.messages[0]["response"] == "utter_ask_rephrase"


def test_fallback_hands_off_after_too_many(dispatcher, domain):
    tracker = make_tracker("???", slots={"fallback_count": 2})
    events = ActionLLMIntentFallback().run(dispatcher, tracker, domain)
    assert events[-1]["name"] == "action_handoff_to_agent"


def test_fake_client_records_calls():
    fake = FakeOpenAI("hello")
    resp = fake.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
    assert resp.choices[0].message.content == "hello"
    assert fake.calls[0]["model"] == "gpt-4o-mini"


def test_unknown_intent_is_ignored(monkeypatch, dispatcher, domain):
    fake = FakeOpenAI(json.dumps({"intent": "order_pizza", "confidence": 0.99}))
    monkeypatch.setattr(action_fallback, "openai_client", fake)
    events = ActionLLMIntentFallback().run(dispatcher, make_tracker("pizza pls"), domain)
    assert not any(isinstance(e, dict) and e.get("event") == "user" for e in events)
    assert UserUttered  # imported for readability of the first test
