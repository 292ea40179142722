import json

from ai_flashcards.gen.card_generator import CardGenerator, _parse_cards

from .fakes import FakeOpenAI


def test_parse_cards_accepts_wrapped_list():
    raw = json.dumps({"cards": [{"front": "a", "back": "b"}, {"front": "", "back": "x"}]})
    cards = _parse_cards(raw)
    assert [(c.front, c.back) for c in cards] == [("a", "b")]


def test_generate_uses_json_mode():
    fake = FakeOpenAI(reply=json.dumps([{"front": "Q", "back": "A"}]))
    gen = CardGenerator(client=fake)
    cards = gen.generate("Some material", count=1)
    assert cards[0].front == "Q"
    call = fake.chat.completions.calls[0]
    assert call["response_format"] == {"type": "json_object"}


def test_direct_fake_call():
    fake = FakeOpenAI(reply="hi")
    out = fake.chat.completions.create(model="gpt-4o-mini", messages=[])
    assert out.choices[0].message.content == "hi"


def test_chunking_splits_long_material():
    gen = CardGenerator(client=FakeOpenAI())
    chunks = gen.chunk_material("a" * 5000 + "\n\n" + "b" * 5000, size=6000)
    assert len(chunks) == 2
