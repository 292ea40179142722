"""Prompt snippets shared by services. Keep wording changes reviewed by support leads."""
from __future__ import annotations

from dataclasses import dataclass, field

SUPPORT_SYSTEM_PROMPT = (
    "You are a friendly, precise support agent for Acme Cloud. Answer only from the "
    "provided knowledge base excerpts. If the answer is not in the excerpts, say you will "
    "escalate to a human colleague. Never promise refunds or SLAs."
)

TRIAGE_SYSTEM_PROMPT = (
    "Classify the support ticket. Reply with JSON only: "
    '{"category": one of [billing, outage, bug, how_to, account, feature_request, other], '
    '"priority": one of [low, normal, high, urgent], "sentiment": one of [positive, neutral, negative], '
    '"language": ISO 639-1 code}'
)

SUMMARY_SYSTEM_PROMPT = (
    "Summarise this support conversation for the next agent in at most 5 bullet points. "
    "Mention what the customer wants, what was tried, and what is still open."
)

DRAFT_SYSTEM_PROMPT = (
    "Draft a reply to the customer's latest message. Match their language. Be concise, "
    "warm and concrete. Sign off as 'The Acme Support Team'."
)

TRANSLATE_PROMPT = "Translate the following support message into {target}. Keep product names untouched.\n\n{text}"


@dataclass
class PromptBuilder:
    """Builds chat message lists. ``generate()`` returns the messages, it does not call a model."""

    system: str = SUPPORT_SYSTEM_PROMPT
    context_blocks: list[str] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)

    def add_context(self, title: str, text: str) -> "PromptBuilder":
        self.context_blocks.append(f"### {title}\n{text.strip()}")
        return self

    def add_history(self, role: str, content: str) -> "PromptBuilder":
        self.history.append({"role": role, "content": content})
        return self

    def generate(self, question: str) -> list[dict]:
        system = self.system
        if self.context_blocks:
            system += "\n\nKnowledge base excerpts:\n\n" + "\n\n".join(self.context_blocks)
        return [{"role": "system", "content": system}, *self.history, {"role": "user", "content": question}]

    def generate_for_anthropic(self, question: str) -> tuple[str, list[dict]]:
        msgs = self.generate(question)
        return msgs[0]["content"], msgs[1:]


def ticket_transcript(ticket, include_internal: bool = False, limit: int = 30) -> str:
    lines = [f"Subject: {ticket.subject}", f"Customer: {ticket.customer.name}", "", ticket.body, ""]
    qs = ticket.messages.all()
    if not include_internal:
        qs = qs.filter(is_internal=False)
    for m in list(qs)[-limit:]:
        lines.append(f"[{m.author_type}] {m.body}")
    return "\n".join(lines)
