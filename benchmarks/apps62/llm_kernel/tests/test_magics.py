import pytest

from llm_kernel.magics import MagicSyntaxError, parse_cell


def test_plain_prompt_has_no_magics():
    parsed = parse_cell("What is a monad?")
    assert parsed.magics == []
    assert parsed.body == "What is a monad?"


def test_provider_magic_then_prompt():
    parsed = parse_cell("%provider anthropic claude-3-5-haiku-20241022\nhello there")
    assert parsed.magics[0].name == "provider"
    assert parsed.magics[0].args == ["anthropic", "claude-3-5-haiku-20241022"]
    assert parsed.body == "hello there"


def test_system_keeps_raw_text():
    parsed = parse_cell("%system You are a 'pirate', matey")
    assert parsed.magics[0].args == ["You are a 'pirate', matey"]


def test_cell_magic_takes_rest_of_cell():
    parsed = parse_cell("%%compare openai google\nwrite a limerick\n%provider x")
    assert parsed.cell_magic.name == "compare"
    assert parsed.cell_magic.args == ["openai", "google"]
    assert parsed.body.endswith("%provider x")


def test_unknown_magic_raises():
    with pytest.raises(MagicSyntaxError):
        parse_cell("%frobnicate now")
