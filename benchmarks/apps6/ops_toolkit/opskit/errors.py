class OpsKitError(Exception):
    """Base error for anything the CLI should report without a traceback."""

    exit_code = 1


class ConfigError(OpsKitError):
    exit_code = 2


class UpstreamError(OpsKitError):
    """A third-party API failed or returned something we could not use."""

    def __init__(self, service: str, detail: str):
        super().__init__(f"{service}: {detail}")
        self.service = service
        self.detail = detail


class NotFound(OpsKitError):
    exit_code = 3
