"""Exceptions shown to the user through ``inkex.errormsg``."""


class AIExtensionError(Exception):
    """Base class for errors that should be reported in the Inkscape UI."""

    def user_message(self):
        return str(self) or self.__class__.__name__


class MissingCredentials(AIExtensionError):
    def __init__(self, provider, env_var):
        super().__init__(
            f"No API key configured for {provider}. Set {env_var} or add it "
            f"to the [{provider}] section of ai_tools.ini."
        )
        self.provider = provider
        self.env_var = env_var


class ProviderError(AIExtensionError):
    def __init__(self, provider, original):
        super().__init__(f"{provider} request failed: {original}")
        self.provider = provider
        self.original = original


class EmptyResponse(AIExtensionError):
    pass
