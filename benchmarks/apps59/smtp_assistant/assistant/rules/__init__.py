from assistant.rules.engine import Rule, RuleEngine, RuleMatch
from assistant.rules.loader import load_rules

__all__ = ["Rule", "RuleEngine", "RuleMatch", "load_rules"]
