from unittest import mock

from LLM.local import summarise, translate, tokens
from LLM.local.scrollback import Line, Scrollback

from .fakes import FakeAnthropic, FakeBundle, FakeOpenAI


def _lines():
    return [Line(1700000000 + i, "nick%d" % (i % 3), "message %d" % i, False)
            for i in range(10)]


def test_summarise_uses_anthropic():
    bundle = FakeBundle(anthropic=FakeAnthropic("they fixed the bug"))
    assert summarise.summarise(bundle, _lines()) == "they fixed the bug"


def test_summarise_falls_back_to_openai():
    broken = mock.MagicMock()
    broken.messages.create.side_effect = RuntimeError("overloaded")
    fake_openai = mock.MagicMock()
    fake_openai.responses.create.return_value.output_text = "fallback"
    bundle = FakeBundle(anthropic=broken, openai=fake_openai)
    assert summarise.summarise(bundle, _lines()) == "fallback"


def test_translate_routes_french_to_mistral():
    with mock.patch.object(translate, "translate_mistral",
                           return_value="bonjour") as tm, \
            mock.patch.object(translate, "translate_groq") as tg:
        out = translate.translate("hello", "french", {"mistral": "k"})
    assert out == "bonjour"
    tm.assert_called_once()
    tg.assert_not_called()


def test_translate_groq_parses_reply():
    fake = FakeOpenAI("hola")
    with mock.patch.object(translate.clients, "get_groq", return_value=fake):
        assert translate.translate_groq("hi", "es") == "hola"


def test_render_and_tokens():
    text = Scrollback.render(_lines()[:2])
    assert "<nick0> message 0" in text
    assert tokens.count_anthropic_tokens(FakeAnthropic(), [
        {"role": "user", "content": text}]) == 123
    assert tokens.estimate_cost("gpt-4o-mini", 1000000, 0) == 0.15
