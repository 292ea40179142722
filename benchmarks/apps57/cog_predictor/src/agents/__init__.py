from src.agents.judge import CaptionJudge, JudgeVerdict
from src.agents.planner import CaptionPlan, Planner
from src.agents.rewriter import Rewriter
from src.agents.safety import SafetyFilter

__all__ = ["CaptionJudge", "CaptionPlan", "JudgeVerdict", "Planner", "Rewriter", "SafetyFilter"]
