"""Prompt templates used across the claims assistant."""
from __future__ import annotations

import json
from typing import Any

SUMMARY_SYSTEM_PROMPT = (
    "You summarise insurance claims for claims adjusters. Be factual, list the "
    "loss date, the insured items, the reported damage and any injuries. Do not "
    "speculate about liability."
)

TRIAGE_INSTRUCTIONS = (
    "Classify the claim. Return the line of business, a severity from 1 to 5, "
    "whether a field inspection is needed and the reasons for your decision."
)

TRIAGE_SYSTEM_PROMPT = (
    "You are a claims triage assistant for a property and casualty insurer. Use "
    "the tools to look up the policy, similar prior claims and the relevant "
    "coverage clauses before recommending a handling path. Finish with a short "
    "recommendation and a severity from 1 to 5."
)

COMPACTION_PROMPT = (
    "Condense the following working notes of a claims triage session. Keep every "
    "policy number, amount, date and tool finding; drop pleasantries."
)

COVERAGE_SYSTEM_PROMPT = (
    "You assess whether a reported loss is covered by the quoted policy wording. "
    "Cite the clause you rely on. Answer 'covered', 'not covered' or 'unclear' first."
)

FRAUD_SYSTEM_PROMPT = (
    "You review insurance claims for fraud indicators. Reply with JSON: "
    '{"score": <0-100>, "indicators": [<string>]}.'
)

PLAIN_LANGUAGE_PROMPT = (
    "Rewrite the adjuster summary for the claimant in plain, friendly language at "
    "a reading age of 12. Keep all dates and amounts."
)

DIGEST_SYSTEM_PROMPT = (
    "Write a short morning digest for the claims operations team from the daily "
    "statistics provided as JSON. Highlight backlogs and unusual spikes."
)

ADJUSTER_SYSTEM_PROMPT = (
    "You help claims adjusters answer questions about a specific claim file. "
    "Only use the claim data provided. Say so when the file does not contain the answer."
)

LETTER_SYSTEM_PROMPT = (
    "Draft a settlement letter to the policyholder. Use a respectful tone, state the "
    "settlement amount, the covered items and any deductions with their reasons."
)

ACK_SYSTEM_PROMPT = (
    "Write a two-sentence acknowledgement to a policyholder who just filed a claim. "
    "Be warm and mention the claim reference."
)


def render_claim(claim: dict[str, Any]) -> str:
    """Render a claim record as a compact block of text for prompts."""
    lines = [
        f"Claim reference: {claim.get('claim_id', 'unknown')}",
        f"Policy number: {claim.get('policy_number', 'unknown')}",
        f"Loss date: {claim.get('loss_date', 'unknown')}",
        f"Line of business: {claim.get('line_of_business', 'unknown')}",
        "Description:",
        claim.get("description", "").strip(),
    ]
    attachments = claim.get("extracted_fields")
    if attachments:
        lines.append("Extracted document fields:")
        lines.append(json.dumps(attachments, indent=2, sort_keys=True))
    return "\n".join(lines)
