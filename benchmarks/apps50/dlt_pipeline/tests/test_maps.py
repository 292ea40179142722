from transforms import maps
from tests.fakes import FakeOpenAI


def test_redact_pii():
    row = maps.redact_pii({"description": "mail me at bob@example.com"})
    assert "[email]" in row["description"]


def test_language_tagger_uses_given_client():
    fake = FakeOpenAI(replies=["EN"])
    tag = maps.make_language_tagger(fake)
    assert tag({"description": "hello there"})["language"] == "en"


def test_row_counter():
    counter = maps.RowCounter()
    fn = counter.create("tickets")
    fn({}), fn({})
    assert counter.counts == {"tickets": 2}
