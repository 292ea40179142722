"""MCP prompts and argument completion."""
from typing import List, Optional

from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.prompts import base
from mcp.types import (
    Completion,
    CompletionArgument,
    CompletionContext,
    PromptReference,
    ResourceTemplateReference,
)

from helix_mcp.config import get_settings

REVIEW_LANGUAGES = ["go", "python", "terraform", "typescript", "sql", "helm", "bash"]

_CHECKLISTS = {
    "python": "typing on public functions, no bare except, no mutable default args, async code never blocks",
    "go": "errors wrapped with %w, contexts propagated, no goroutine leaks, defer Close after err check",
    "terraform": "no hard-coded account ids, lifecycle rules on stateful resources, tags present",
    "sql": "migrations are reversible, indexes on new FKs, no full-table rewrites on hot tables",
}


def _runbook_names() -> List[str]:
    return sorted(p.stem for p in get_settings().runbook_dir.glob("*.md"))


def register(mcp: FastMCP) -> None:
    @mcp.prompt(title="Incident handoff")
    def incident_handoff(incident_id: str, audience: str = "the next on-call") -> List[base.Message]:
        """Structured handoff note for an ongoing incident."""
        return [
            base.UserMessage(
                f"Write a handoff for incident {incident_id} addressed to {audience}. "
                "Use incident_timeline to get the facts first. Sections: status, impact, "
                "what has been tried, open questions, next steps with owners."
            ),
            base.AssistantMessage("I'll pull the timeline first and then write the handoff."),
        ]

    @mcp.prompt(title="Review checklist")
    def review_checklist(language: str) -> str:
        """Language-specific review checklist to prepend to a review request."""
        items = _CHECKLISTS.get(language.lower(), "readability, tests, error handling, security")
        return f"Review the following {language} change. Check in particular: {items}."

    @mcp.completion()
    async def complete_argument(
        ref, argument: CompletionArgument, context: Optional[CompletionContext]
    ) -> Optional[Completion]:
        prefix = (argument.value or "").lower()
        if isinstance(ref, ResourceTemplateReference) and argument.name == "name":
            names = [n for n in _runbook_names() if n.startswith(prefix)]
            return Completion(values=names[:100], total=len(names), hasMore=len(names) > 100)
        if isinstance(ref, PromptReference) and argument.name == "language":
            return Completion(values=[lang for lang in REVIEW_LANGUAGES if lang.startswith(prefix)])
        return None
