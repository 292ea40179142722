"""Exceptions the handlers know how to turn into friendly chat messages."""


class BotError(Exception):
    user_message = "Something went wrong on my side, sorry. Try again in a bit."

    def __init__(self, message="", *, user_message=None):
        super().__init__(message or self.user_message)
        if user_message:
            self.user_message = user_message


class RateLimited(BotError):
    user_message = "Slow down a little - you've hit the rate limit. Try again in a minute."

    def __init__(self, retry_after: float = 60.0):
        super().__init__(f"rate limited, retry after {retry_after:.0f}s")
        self.retry_after = retry_after


class ContentBlocked(BotError):
    user_message = "I can't help with that one."

    def __init__(self, categories=None):
        super().__init__("blocked by moderation: %s" % (", ".join(categories or []) or "unspecified"))
        self.categories = list(categories or [])


class ProviderError(BotError):
    user_message = "The model provider is having trouble right now. Try again shortly."

    def __init__(self, provider: str, detail: str = ""):
        super().__init__(f"{provider}: {detail}")
        self.provider = provider


class UnknownPersona(BotError):
    def __init__(self, name: str):
        super().__init__(f"unknown persona {name!r}", user_message=f"I don't know a persona called `{name}`.")
        self.name = name
