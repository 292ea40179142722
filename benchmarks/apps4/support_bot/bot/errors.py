class SupportBotError(Exception):
    """Base class for errors we surface to users with a friendly message."""

    user_message = "Sorry, something went wrong on my side. A human will follow up."


class ModerationBlocked(SupportBotError):
    user_message = "I can't help with that request. I've flagged it for a human agent."

    def __init__(self, categories):
        super().__init__(f"moderation blocked: {', '.join(categories)}")
        self.categories = list(categories)


class UpstreamUnavailable(SupportBotError):
    user_message = "Our assistant is temporarily unavailable. Please try again in a few minutes."


class TicketingError(SupportBotError):
    user_message = "I couldn't open a ticket right now. Please email support@example.com."


class ToolError(SupportBotError):
    pass
