"""v1 API, kept alive for the Greenhouse integration.  Do not add features.

Most of this predates the clients module and the usage tracker."""
from recruit_api.legacy.gpt_screener import LegacyScreenResource, score_cv_v1
from recruit_api.legacy.ranker_v1 import rank_candidates

__all__ = ["LegacyScreenResource", "rank_candidates", "score_cv_v1"]
