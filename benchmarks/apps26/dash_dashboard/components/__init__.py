from components.layout import insight_card, navbar, provider_dropdown, usage_badge

__all__ = ["insight_card", "navbar", "provider_dropdown", "usage_badge"]
