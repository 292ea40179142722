"""Persona registry.

Personas live as YAML files in /personas (so community mods can PR new ones) plus a
few built-ins that must always exist. `provider` decides which backend the router
sends the persona to.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Dict, Iterable, List, Optional

import yaml

from shared.config import (
    DEFAULT_FIREWORKS_MODEL,
    DEFAULT_GROK_MODEL,
    DEFAULT_GROQ_MODEL,
    DEFAULT_TOGETHER_MODEL,
    get_settings,
)
from shared.errors import UnknownPersona
from shared.models import Persona

log = logging.getLogger(__name__)

PERSONA_DIR = Path(__file__).resolve().parent.parent / "personas"
KNOWN_PROVIDERS = {"groq", "together", "xai", "fireworks"}

_BUILTINS = [
    Persona(
        name="helper",
        provider="groq",
        model=DEFAULT_GROQ_MODEL,
        system_prompt="You are the community helper bot. Be brief and kind.",
        temperature=0.5,
    ),
    Persona(
        name="scholar",
        provider="together",
        model=DEFAULT_TOGETHER_MODEL,
        system_prompt="You explain things carefully, with sources when you know them.",
        temperature=0.3,
        max_tokens=1200,
    ),
    Persona(
        name="grumpy",
        provider="xai",
        model=DEFAULT_GROK_MODEL,
        system_prompt="You are a grumpy but helpful sysadmin. Keep it PG.",
        temperature=0.9,
    ),
    Persona(
        name="coder",
        provider="fireworks",
        model=DEFAULT_FIREWORKS_MODEL,
        system_prompt="You are a senior engineer. Answer with code first, prose second.",
        temperature=0.2,
        max_tokens=1500,
    ),
]


class PersonaRegistry:
    def __init__(self, personas: Iterable[Persona] = ()):
        self._personas: Dict[str, Persona] = {}
        for p in personas:
            self.add(p)

    def add(self, persona: Persona) -> None:
        if persona.provider not in KNOWN_PROVIDERS:
            log.warning("persona %s uses unknown provider %s, skipping", persona.name, persona.provider)
            return
        self._personas[persona.name.lower()] = persona

    def get(self, name: Optional[str]) -> Persona:
        key = (name or get_settings().default_persona).lower()
        try:
            return self._personas[key]
        except KeyError:
            raise UnknownPersona(key) from None

    def names(self) -> List[str]:
        return sorted(self._personas)

    def __contains__(self, name: str) -> bool:
        return name.lower() in self._personas

    @classmethod
    def load(cls, directory: Path = PERSONA_DIR) -> "PersonaRegistry":
        registry = cls(_BUILTINS)
        if not directory.is_dir():
            return registry
        for path in sorted(directory.glob("*.yaml")):
            try:
                data = yaml.safe_load(path.read_text()) or {}
                registry.add(Persona(**data))
            except (TypeError, yaml.YAMLError) as exc:
                log.error("bad persona file %s: %s", path.name, exc)
        return registry


_registry: Optional[PersonaRegistry] = None


def personas() -> PersonaRegistry:
    global _registry
    if _registry is None:
        _registry = PersonaRegistry.load()
    return _registry
