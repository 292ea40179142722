"""Helpers for the acceptance suite."""
from features.support.judge import LLMJudge, JudgeVerdict

__all__ = ["LLMJudge", "JudgeVerdict"]
