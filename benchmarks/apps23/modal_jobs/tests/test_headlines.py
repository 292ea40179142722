from jobs.headlines import clean_headlines, suggest_headlines
from tests.fakes import FakeOpenAI


def test_clean_headlines_strips_numbering_and_questions():
    raw = '1. Council approves new bus lanes\n2) Is this the end of the car?\n- "Bus lanes approved"\n\n3. Council approves new bus lanes'
    assert clean_headlines(raw, 5) == ["Council approves new bus lanes", "Bus lanes approved"]


def test_suggest_headlines_uses_grok_model():
    fake = FakeOpenAI(replies=["Rates held at 4.5%\nBank holds rates as inflation eases"])
    out = suggest_headlines(fake, "The Bank of England held rates... " * 10, n=2)
    assert out == ["Rates held at 4.5%", "Bank holds rates as inflation eases"]
    call = fake.recorder.calls[0]
    assert call["model"].startswith("grok")
    assert call["messages"][0]["role"] == "system"


def test_fake_client_shape():
    fake = FakeOpenAI(replies=["ok"])
    resp = fake.chat.completions.create(model="grok-3-mini", messages=[])
    assert resp.choices[0].message.content == "ok"
