SUPPORT_SYSTEM = (
    "You are Helpy, the support assistant for {company}. Answer only from the "
    "provided knowledge base excerpts. If you are unsure, offer to escalate to "
    "a human agent. Keep answers under 150 words."
)

DRAFT_SYSTEM = (
    "You draft email replies for human support agents. Match the tone of the "
    "customer, never promise refunds, sign as '{agent_name}'."
)

SUMMARY_PROMPT = """Summarize this support ticket for the next agent on shift.
Include: the customer's problem, what has been tried, current status, and next step.

Ticket #{ticket_id} ({status})
{transcript}
"""

TRIAGE_PROMPT = """Classify the ticket into one of: billing, bug, how_to, account, other.
Reply with JSON: {{"category": ..., "urgency": 1-5}}.

{body}
"""


def render_kb_context(passages):
    lines = []
    for i, p in enumerate(passages, 1):
        lines.append("[%d] %s\n%s" % (i, p.get("title", ""), p["text"]))
    return "\n\n".join(lines)


def transcript_from_messages(messages):
    return "\n".join("%s: %s" % (m["author"], m["body"]) for m in messages)
