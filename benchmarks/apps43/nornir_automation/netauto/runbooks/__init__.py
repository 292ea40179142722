"""Runbooks: multi-step workflows over the whole inventory."""
