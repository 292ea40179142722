"""Agent tools. ``TOOL_REGISTRY`` is what the slash-commands and actions look up."""
from copilot.tools.claims import summarize_claim
from copilot.tools.dispatcher import ToolDispatcher
from copilot.tools.email import draft_email
from copilot.tools.policy_lookup import PolicyAdminClient, PolicyNote, format_policy_card
from copilot.tools.quote import calculate as calculate_quote
from copilot.tools.quote import explain as explain_quote
from copilot.tools.underwriting import UnderwritingAdvisor

TOOL_REGISTRY = {
    "claim_summary": summarize_claim,
    "email_draft": draft_email,
    "quote_explain": explain_quote,
}

__all__ = [
    "TOOL_REGISTRY",
    "ToolDispatcher",
    "PolicyAdminClient",
    "PolicyNote",
    "UnderwritingAdvisor",
    "calculate_quote",
    "draft_email",
    "explain_quote",
    "format_policy_card",
    "summarize_claim",
]
