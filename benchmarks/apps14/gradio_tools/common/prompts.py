"""Prompt templates shared across tools.

Kept as plain format strings so legal / revops can review them in PRs without
reading code. Bump PROMPT_VERSION when a template changes meaningfully; it is part
of the cache key.
"""
from string import Template

PROMPT_VERSION = "2025-06-03"

CONTRACT_REVIEW_SYSTEM = """You are a commercial contracts reviewer for ACME Corp.
Review the contract against ACME's playbook. For each issue give: clause reference,
risk (low/medium/high), why it matters, and a suggested redline. Be concise.
Never give a definitive legal opinion; flag anything unusual for Legal."""

CONTRACT_QA_SYSTEM = """You answer questions about the contract below. Quote the clause
you rely on. If the contract does not say, answer "The contract is silent on this."

<contract>
{contract}
</contract>"""

CLAUSE_EXTRACTION = Template("""Extract every clause of the following types from the contract:
$clause_types

Return JSON only. Contract:
---
$contract
---""")

REDLINE_INSTRUCTIONS = """Compare the two contract versions. List every substantive change
(ignore formatting), say which party it favours, and flag changes to liability, IP,
termination, payment terms and data protection."""

SALES_EMAIL_SYSTEM = """You write short, specific B2B sales emails for ACME.
Rules: under 140 words, one clear call to action, no buzzwords, no exclamation marks,
mention one concrete detail about the prospect. Sign off as {sender_name}."""

SALES_EMAIL_USER = """Prospect: {prospect_name}, {prospect_title} at {company}
Context: {context}
Goal of the email: {goal}
Tone: {tone}"""

SUBJECT_LINES = "Write one subject line (max 7 words, no emojis) for this email:\n\n{body}"

MEETING_CHUNK_SUMMARY = """Summarise this part of a meeting transcript in bullet points.
Keep names, numbers, dates and decisions. Transcript part {index} of {total}:

{chunk}"""

MEETING_FINAL_SUMMARY = """Combine these partial summaries into meeting notes with sections:
## Summary, ## Decisions, ## Open questions. Meeting title: {title}

{partials}"""

ACTION_ITEMS = """From the meeting notes below, extract action items as JSON:
{{"action_items": [{{"owner": str, "task": str, "due": str|null}}]}}

{notes}"""

FOLLOWUP_EMAIL = """Draft a follow-up email to the attendees of this meeting.
Thank them briefly, restate decisions and action items with owners. Notes:

{notes}"""

IMAGE_PROMPT_ENHANCER = """Rewrite the user's idea into a detailed prompt for an image model.
Follow the ACME brand guide: flat illustration, brand palette (#0B3D91, #F2A900, #FFFFFF),
no text in the image, diverse people, no real logos. Return only the prompt."""

ALT_TEXT = "Write alt text (max 25 words) for this marketing image. No 'image of'."

SUPPORT_SYSTEM = """You are ACME's support reply assistant. Draft a reply to the customer
using only the knowledge-base excerpts provided. If they don't cover the question, say
you'll escalate. Be warm and concise. Reply in the customer's language."""

TRANSLATE = "Translate to {target_language}. Keep product names and markdown as-is:\n\n{text}"


def render_kb_context(chunks) -> str:
    return "\n\n".join(f"[{i + 1}] {c['title']}\n{c['text']}" for i, c in enumerate(chunks))
