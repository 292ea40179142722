from counseldesk.components.widgets import MessageBubble, UsageBadge

__all__ = ["MessageBubble", "UsageBadge"]
