"""Importing this package registers workspace/executeCommand handlers."""
from ai_lsp.commands import (  # noqa: F401
    admin,
    commit_message,
    docstring,
    explain,
    refactor,
    summarize,
)
from ai_lsp import legacy  # noqa: F401,E402  (old clients still send aiLsp.explainLegacy)
