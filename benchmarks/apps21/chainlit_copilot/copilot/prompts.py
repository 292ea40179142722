"""Prompt templates. Compliance reviewed these in Q3 -- ping #copilot-compliance before edits."""

SYSTEM_PROMPT = """You are Harbor Copilot, an assistant for licensed insurance agents at Harbor Mutual.
You help agents look up policies, explain coverages, summarize claims and draft customer emails.
Rules:
- Never promise coverage; say "subject to policy terms and underwriting review".
- Never reveal another customer's data. Only discuss the policy the agent has opened.
- If a question needs a licensed adjuster, say so.
- Keep answers short; agents are usually on a live call.
"""

INTENT_PROMPT = """Classify the agent's request into exactly one of:
policy_lookup, coverage_question, claim_summary, quote, email_draft, underwriting, smalltalk, other.
Reply with the label only.

Request: {question}"""

REWRITE_PROMPT = """Rewrite the agent's question as a standalone search query for our knowledge base
(underwriting guides, product filings, claims manuals). Use the conversation for context.
Return only the query.

Conversation:
{history}

Question: {question}"""

RAG_PROMPT = """Answer the agent's question using only the excerpts below. Cite excerpts as [n].
If the excerpts do not answer it, say you could not find it in the manuals.

Excerpts:
{context}

Question: {question}"""

CLAIM_SUMMARY_PROMPT = """Summarize this claim file for an agent who is about to call the insured.
Include: loss date, cause, status, reserves, outstanding items, next action. Use bullet points.

Claim file:
{claim}"""

EMAIL_PROMPT = """Draft a short, friendly email from agent {agent_name} to {customer_name}.
Purpose: {purpose}
Facts to include:
{facts}
Do not include coverage promises. Sign off with the agent's name."""

QUOTE_EXPLAIN_PROMPT = """Explain this premium breakdown to an agent in plain language, 4 bullet points max.

{breakdown}"""

UNDERWRITING_PROMPT = """You are an underwriting assistant. Given the risk details, list the underwriting
guidelines that apply and flag anything that needs referral. Be conservative.

Risk details:
{risk}"""

HISTORY_SUMMARY_PROMPT = """Summarize the conversation so far in under 120 words, keeping policy numbers,
names and any open follow-ups."""
