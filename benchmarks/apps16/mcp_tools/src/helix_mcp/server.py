"""FastMCP server definition.  ``helix-mcp serve`` ends up in :func:`main`."""
import logging
from typing import Optional

from mcp.server.fastmcp import FastMCP

from helix_mcp import __version__, prompts, resources
from helix_mcp.config import get_settings
from helix_mcp.lifespan import app_lifespan
from helix_mcp.logging_setup import configure_logging
from helix_mcp.tools import register_all

log = logging.getLogger(__name__)

INSTRUCTIONS = """\
Tools for platform engineers at the company. Prefer `ask_docs` for anything about
our own systems (runbooks, design docs) and `web_search` for public information.
Incident tools need an incident id like INC-1234. Costs are tracked per tool, so
don't call `deep_research` for questions `web_search` can answer.
"""

_settings = get_settings()

mcp = FastMCP(
    "helix",
    instructions=INSTRUCTIONS,
    lifespan=app_lifespan,
    host=_settings.http_host,
    port=_settings.http_port,
    log_level=_settings.log_level.upper(),
)

register_all(mcp)
resources.register(mcp)
prompts.register(mcp)


@mcp.tool()
def server_info() -> dict:
    """Version and model configuration of this server."""
    s = get_settings()
    return {
        "version": __version__,
        "environment": s.environment,
        "chat_model": s.chat_model,
        "claude_model": s.claude_model,
        "embedding_model": s.embedding_model,
    }


def main(transport: Optional[str] = None) -> None:
    configure_logging(_settings.log_level)
    chosen = transport or _settings.transport
    log.info("starting helix-mcp %s on %s", __version__, chosen)
    mcp.run(transport=chosen)


if __name__ == "__main__":
    main()
