from apps.helpdesk.services.classifier import KeywordRules, PriorityClassifier

from .fakes import FakeTogether


def test_model_verdict_is_used(fake_together):
    clf = PriorityClassifier(client=fake_together)
    verdict = clf.classify("Printer jam", "The 3rd floor printer jams")
    assert verdict["priority"] == "P3"
    call = fake_together.chat.completions.create.calls[0]
    assert call["response_format"] == {"type": "json_object"}


def test_p1_is_never_downgraded():
    fake = FakeTogether(verdict={"priority": "P4", "category": "other", "reason": "x"})
    clf = PriorityClassifier(client=fake)
    verdict = clf.classify("Outage", "Email is down for everyone, outage since 9am")
    assert verdict["priority"] == "P1"


def test_garbage_falls_back_to_rules():
    fake = FakeTogether()
    fake.chat.completions.create.reply = lambda kw: type(
        "R", (), {"choices": [type("C", (), {"message": type("M", (), {"content": "no idea"})()})()]}
    )()
    clf = PriorityClassifier(client=fake)
    assert clf.classify("locked out", "I am locked out of my laptop")["priority"] == "P2"


def test_rules_classify():
    assert KeywordRules().classify("possible phishing mail")["priority"] == "P1"
