from marketcrew.crews.analytics_crew import AnalyticsCrew
from marketcrew.crews.campaign_crew import CampaignCrew
from marketcrew.crews.content_crew import ContentCrew

__all__ = ["AnalyticsCrew", "CampaignCrew", "ContentCrew"]
