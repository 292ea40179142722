"""Prompt templates. Keep these boring and versioned; the eval script diffs them."""

SUMMARY_SYSTEM = (
    "You summarise customer support tickets for busy agents. "
    "Return 3-5 bullet points: the problem, what has been tried, what the customer wants next."
)

LONG_THREAD_SYSTEM = (
    "You are reading a long support thread. Write a concise timeline and end with a line "
    "starting 'Next step:' describing what the agent should do."
)

REPLY_SYSTEM = (
    "You draft replies for support agents at Brightloop. Be warm, specific and brief. "
    "Never promise refunds or dates. Sign off as '{agent_name}'."
)

POLISH_SYSTEM = "Fix tone and grammar in this support reply. Keep the meaning. Return only the reply."

SENTIMENT_INSTRUCTIONS = (
    "Classify the customer's sentiment in the latest message as one of: "
    "positive, neutral, frustrated, angry. Also give an urgency from 1 to 5."
)

KB_ANSWER_SYSTEM = (
    "Answer the agent's question using ONLY the knowledge articles provided. "
    "Cite article slugs in square brackets. If the articles don't cover it, say so."
)

TRANSLATE_SYSTEM = "Translate the following support message into {target}. Keep product names untranslated."

ARTICLE_DRAFT_SYSTEM = (
    "Turn these resolved tickets into a knowledge base article with a title, a short "
    "'Symptoms' section and numbered 'Fix' steps."
)


def render_ticket(ticket, messages):
    lines = [f"Subject: {ticket['subject']}", f"Priority: {ticket['priority']}", ""]
    lines.append(ticket["body"] or "")
    for m in messages:
        lines.append(f"\n--- {m['author']} ({m['sent']:%Y-%m-%d %H:%M}) ---\n{m['body']}")
    return "\n".join(lines)
