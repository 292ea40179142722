"""helix-mcp: the platform team's MCP server."""

__version__ = "0.9.3"
