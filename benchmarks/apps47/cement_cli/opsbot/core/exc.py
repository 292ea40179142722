class OpsBotError(Exception):
    """Generic errors."""


class ProviderNotConfigured(OpsBotError):
    def __init__(self, provider):
        super().__init__(f"provider '{provider}' is not configured (see ~/.opsbot.yml)")
        self.provider = provider


class LogParseError(OpsBotError):
    pass
