"""Importing this package registers all LSP features on the shared server."""
from ai_lsp.features import (  # noqa: F401
    code_actions,
    completion,
    diagnostics,
    hover,
    inline_completion,
    lifecycle,
)
