from mcp.server.fastmcp.exceptions import ToolError


class HelixError(Exception):
    """Base class for errors raised outside of tool handlers."""


class ConfigError(HelixError):
    pass


class UpstreamError(ToolError):
    """A provider or internal API returned something we can't use.

    Subclasses ToolError so FastMCP reports it to the client as a tool error
    instead of a protocol error.
    """

    def __init__(self, service: str, message: str, status: int = 0):
        self.service = service
        self.status = status
        super().__init__(f"{service}: {message}" + (f" (HTTP {status})" if status else ""))


class InputTooLarge(ToolError):
    def __init__(self, what: str, size: int, limit: int):
        super().__init__(f"{what} is too large ({size} > {limit}); split it and call again")
