"""Prompt templates. Keep wording changes reviewed by the support leads."""

SHORT_ANSWER_SYSTEM = (
    "You are the Acme support assistant. Answer in at most three sentences. "
    "If you are unsure, tell the customer to open a ticket."
)

TICKET_SUMMARY_SYSTEM = (
    "Summarize the support ticket in one sentence for an agent dashboard. "
    "Mention the product area and the customer's goal."
)


def assistant_system_prompt(customer):
    name = getattr(customer, "name", None) or "the customer"
    plan = getattr(customer, "plan", "basic")
    return (
        "You are the Acme customer portal assistant talking to %s (plan: %s). "
        "Be concise, never invent invoice numbers, and offer to open a ticket "
        "for anything you cannot resolve." % (name, plan)
    )


def followup_prompt(transcript):
    return "Suggest three short follow-up questions for this conversation:\n\n" + transcript


def classification_prompt(categories):
    return (
        "Classify the ticket. Reply as JSON with keys 'category' (one of %s) and "
        "'priority' (1=urgent .. 5=low)." % ", ".join(categories)
    )


def draft_reply_prompt(ticket, agent_name):
    return (
        "Draft a polite reply from %s to this ticket.\nSubject: %s\n\n%s"
        % (agent_name, ticket.subject, ticket.body)
    )


def account_summary_prompt(account, tickets, invoices):
    lines = ["Account: %s (%s)" % (account.name, account.plan), "Recent tickets:"]
    lines += ["- [%s] %s" % (t.status, t.subject) for t in tickets[:20]]
    lines.append("Invoices: %d" % len(invoices))
    lines.append("Write a five-line summary for the account manager.")
    return "\n".join(lines)


def account_chat_system(account):
    return "You answer questions about the account %s for internal staff." % account.name


def short_account_prompt(account):
    return "Give a two-sentence health summary of account %s." % account.name


def contract_risk_prompt(account, contract_text):
    return "List renewal risks for %s in this contract:\n\n%s" % (account.name, contract_text[:6000])
