import pytest

from libraries.helpers.pricing import calculate_cost
from libraries.SimilarityLibrary import cosine
from resources import registry


def test_calculate_cost():
    assert calculate_cost("gpt-4o-mini", 1_000_000, 0) == pytest.approx(0.15)
    assert calculate_cost("unknown", 10, 10) == 0.0


def test_cosine():
    assert cosine([1, 0], [1, 0]) == pytest.approx(1.0)
    assert cosine([1, 0], [0, 1]) == pytest.approx(0.0)


def test_unknown_provider():
    with pytest.raises(ValueError):
        registry.get_completer("nope")


def test_registry_dispatch(monkeypatch):
    monkeypatch.setitem(registry.PROVIDERS, "fake", lambda prompt, system: prompt.upper())
    assert registry.get_completer("FAKE")("hi", "") == "HI"


def test_persona_generator_is_seeded():
    from libraries.PersonaSimulatorLibrary import PersonaGenerator

    a = PersonaGenerator(seed=1).generate("refund")
    b = PersonaGenerator(seed=1).generate("refund")
    assert a == b
    assert a.goal == "refund"


def test_persona_system_prompt_mentions_traits():
    from libraries.PersonaSimulatorLibrary import Persona

    p = Persona(name="Sam", mood="annoyed", goal="cancel", traits=["emoji"])
    assert "emoji" in p.system_prompt()
    assert "annoyed" in p.system_prompt()
