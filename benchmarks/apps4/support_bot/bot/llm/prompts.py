SUPPORT_SYSTEM_PROMPT = """\
You are Acme Cloud's support assistant. Answer customer questions about Acme Cloud
(billing, workspaces, SSO, integrations, the public API).

Rules:
- Be concise and friendly. Use Slack mrkdwn, not Markdown headings.
- Only state facts found in the provided help-center excerpts or tool results.
- If you are not sure, say so and offer to open a ticket.
- Never ask for passwords, full card numbers or API secrets.
"""

SUMMARY_PROMPT = """\
Summarise the support conversation below in at most 6 bullet points. Keep product names,
error codes and any promises made to the customer. Do not include personal data.
"""

THREAD_TITLE_PROMPT = "Write a 6-word title for this support thread. Reply with the title only."

TRIAGE_PROMPT = """\
Classify the customer message. Reply with JSON only:
{"category": "billing|bug|how_to|account|outage|feature_request|other",
 "urgency": "low|normal|high|critical",
 "product_area": string or null,
 "needs_human": bool,
 "reason": short string}
"""

HANDOFF_PROMPT = """\
Write an internal hand-off note for a human support agent. Include: what the customer wants,
what was already tried, relevant account details mentioned, and the suggested next step.
"""

DIGEST_PROMPT = """\
You write the daily support digest for team leads. Group the conversations by theme, note
recurring problems, and list anything that looks like an outage or a churn risk.
"""

TRANSLATE_PROMPT = "Translate the following support reply into {language}. Keep Slack formatting and code blocks unchanged."


def faq_context_block(hits) -> str:
    lines = []
    for i, hit in enumerate(hits, 1):
        lines.append(f"[{i}] {hit.doc.title} ({hit.doc.url})\n{hit.doc.body}")
    return "\n\n".join(lines)
