from shared.redaction import MASK, Redactor


def test_bearer_and_key():
    r = Redactor.create()
    res = r.redact("Authorization: Bearer abcdefghijklmnopqrstuvwxyz sk-abcdefghijklmnopqrstuvwx")
    assert res.hits == {"bearer": 1, "openai_key": 1}
    assert res.text.count(MASK) == 2


def test_literals():
    res = Redactor.create(["supersecret"]).redact("x=supersecret")
    assert res.text == f"x={MASK}"
