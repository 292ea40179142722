"""Tool registration.

Modules converted in the 0.7 refactor expose ``register(mcp)``; the older ones
still expose plain async functions that we add here.  (Moving the rest over is
PLAT-2291.)
"""
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

from helix_mcp.tools import code_review, docs, embeddings, incidents, media, search, sql_helper, tickets

_READ_ONLY = ToolAnnotations(readOnlyHint=True, openWorldHint=True)


def register_all(mcp: FastMCP) -> None:
    for module in (search, docs, code_review, incidents, tickets):
        module.register(mcp)

    mcp.add_tool(embeddings.embed_texts, annotations=_READ_ONLY)
    mcp.add_tool(embeddings.similar_texts, annotations=_READ_ONLY)
    mcp.add_tool(sql_helper.draft_sql, annotations=_READ_ONLY)
    mcp.add_tool(sql_helper.explain_query_plan, annotations=_READ_ONLY)
    mcp.add_tool(media.generate_diagram, title="Generate diagram")
    mcp.add_tool(media.transcribe_recording, title="Transcribe recording", annotations=_READ_ONLY)
    mcp.add_tool(media.read_aloud, title="Read aloud")
