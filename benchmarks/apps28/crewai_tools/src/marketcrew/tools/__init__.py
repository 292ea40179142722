from marketcrew.tools.audience_search_tool import AudienceSearchTool
from marketcrew.tools.brand_voice_tool import BrandVoiceTool
from marketcrew.tools.compliance_tool import ComplianceReviewTool
from marketcrew.tools.copywriter_tool import CopywriterTool
from marketcrew.tools.image_tool import AdCreativeTool
from marketcrew.tools.quick_tools import character_counter, hashtag_generator, headline_scorer, policy_check
from marketcrew.tools.seo_research_tool import SeoResearchTool
from marketcrew.tools.trend_tool import TrendScoutTool

__all__ = [
    "AdCreativeTool",
    "AudienceSearchTool",
    "BrandVoiceTool",
    "ComplianceReviewTool",
    "CopywriterTool",
    "SeoResearchTool",
    "TrendScoutTool",
    "character_counter",
    "hashtag_generator",
    "headline_scorer",
    "policy_check",
]
