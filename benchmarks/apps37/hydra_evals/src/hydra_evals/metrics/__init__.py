from .exact_match import exact_match, extract_gsm8k_answer
from .semantic import SemanticSimilarity

__all__ = ["SemanticSimilarity", "exact_match", "extract_gsm8k_answer"]
