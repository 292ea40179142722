class BotkitError(Exception):
    """Base class for errors raised by botkit."""


class CommandNotFound(BotkitError):
    def __init__(self, name: str):
        super().__init__(f"unknown command: {name}")
        self.name = name


class UserFacingError(BotkitError):
    """An error whose message is safe to post back to the channel."""


class ProviderUnavailable(BotkitError):
    def __init__(self, provider: str, reason: str = ""):
        msg = f"{provider} is unavailable"
        if reason:
            msg += f": {reason}"
        super().__init__(msg)
        self.provider = provider
