"""Exception hierarchy shared by the CLI, the TUI and the coders."""


class TermcoderError(Exception):
    """Base class for all errors raised by termcoder itself."""


class ConfigError(TermcoderError):
    pass


class UnknownModelError(TermcoderError):
    def __init__(self, name, suggestions=None):
        self.name = name
        self.suggestions = suggestions or []
        msg = f"Unknown model: {name}"
        if self.suggestions:
            msg += " (did you mean: " + ", ".join(self.suggestions) + "?)"
        super().__init__(msg)


class MissingAPIKeyError(ConfigError):
    def __init__(self, vendor, env_var):
        self.vendor = vendor
        self.env_var = env_var
        super().__init__(f"No API key for {vendor}: set {env_var} or add it to .termcoder.conf.yml")


class EditFormatError(TermcoderError):
    """The model replied with edits we could not parse or apply."""


class ContextWindowExceeded(TermcoderError):
    pass


class ProviderRequestError(TermcoderError):
    def __init__(self, vendor, original):
        self.vendor = vendor
        self.original = original
        super().__init__(f"{vendor} request failed: {original}")


class FinishReasonLength(TermcoderError):
    """The model stopped because it hit max_tokens."""
