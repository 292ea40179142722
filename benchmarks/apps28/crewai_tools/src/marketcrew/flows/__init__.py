from marketcrew.flows.campaign_flow import CampaignFlow, CampaignState
from marketcrew.flows.newsletter_flow import NewsletterFlow

__all__ = ["CampaignFlow", "CampaignState", "NewsletterFlow"]
