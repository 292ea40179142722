"""Rules: (sender/subject/category patterns) -> ordered list of actions."""
from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field

from assistant.parsing import ParsedMessage


@dataclass
class Rule:
    name: str
    actions: list[str]
    sender: str | None = None          # glob, e.g. "*@stripe.com"
    subject: str | None = None         # regex
    category: str | None = None        # set after triage
    min_urgency: int = 0
    provider: str | None = None        # override LLM provider for this rule's actions
    stop: bool = True
    params: dict = field(default_factory=dict)

    def matches(self, msg: ParsedMessage, category: str | None = None, urgency: int = 0) -> bool:
        if self.sender and not fnmatch.fnmatch(msg.sender, self.sender.lower()):
            return False
        if self.subject and not re.search(self.subject, msg.subject, re.IGNORECASE):
            return False
        if self.category and category != self.category:
            return False
        if urgency < self.min_urgency:
            return False
        return True


@dataclass
class RuleMatch:
    rule: Rule
    actions: list[str]


class RuleEngine:
    def __init__(self, rules: list[Rule]):
        self.rules = rules

    def evaluate(self, msg: ParsedMessage, category: str | None = None, urgency: int = 0) -> list[RuleMatch]:
        matched = []
        for rule in self.rules:
            if rule.matches(msg, category, urgency):
                matched.append(RuleMatch(rule, list(rule.actions)))
                if rule.stop:
                    break
        return matched

    def pre_triage(self, msg: ParsedMessage) -> list[RuleMatch]:
        """Rules that don't depend on the LLM category (cheap path: skip triage entirely)."""
        return [m for m in self.evaluate(msg) if m.rule.category is None]
