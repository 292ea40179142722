"""A sound byte-level pre-filter: parse a file only if some rule could match it.

Each rule of the catalogue needs certain words in the source to match at all (a module
name in an import, every attribute of a chain tail, a bare function name).  A file whose
bytes do not contain all the words of at least one rule cannot produce a finding.
"""
from __future__ import annotations

import re

from check_llm_usage import catalogue


def rule_words() -> list[frozenset[bytes]]:
    """For each rule, the words that every source it matches contains."""
    rules: set[frozenset[bytes]] = set()
    for provider in catalogue.PROVIDERS:
        for module in provider.modules:  # every resolved match starts at an import
            rules.add(frozenset(w.encode() for w in module.split('.')))
        for tail in provider.distinctive_tails:
            rules.add(frozenset(w.encode() for w in tail.split('.')))
    for name in catalogue.UNBOUND_LITELLM_NAMES:
        rules.add(frozenset((name.encode(),)))
    return sorted(rules, key=sorted)


RULE_WORDS = rule_words()
_WORDS = sorted({w for rule in RULE_WORDS for w in rule}, key=lambda w: (-len(w), w))
# a lookahead finds a match at every offset, so overlapping words are never lost
_FINDER = re.compile(b'(?=(' + b'|'.join(re.escape(w) for w in _WORDS) + b'))')
# a word found also proves every word contained in it
_IMPLIED = {w: frozenset(v for v in _WORDS if v in w) for w in _WORDS}


def could_match(data: bytes) -> bool:
    """False only when no rule can match ``data``."""
    present: set[bytes] = set()
    for word in set(_FINDER.findall(data)):
        present |= _IMPLIED[word]
    return any(rule <= present for rule in RULE_WORDS)
