"""Exception hierarchy shared by commands, plugins and the library API."""


class KestrelError(Exception):
    """Base class for all errors raised by kestrel."""

    exit_code = 1


class ConfigError(KestrelError):
    exit_code = 2


class PluginError(KestrelError):
    def __init__(self, plugin: str, message: str) -> None:
        super().__init__(f"[{plugin}] {message}")
        self.plugin = plugin


class ProviderError(KestrelError):
    """A model backend returned an error or could not be reached."""

    def __init__(self, backend: str, message: str, retryable: bool = False) -> None:
        super().__init__(f"{backend}: {message}")
        self.backend = backend
        self.retryable = retryable


class BackendNotFound(ProviderError):
    def __init__(self, backend: str) -> None:
        super().__init__(backend, "no such backend registered", retryable=False)


class GitError(KestrelError):
    exit_code = 3
