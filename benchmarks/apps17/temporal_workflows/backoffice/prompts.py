"""Prompt templates. Versioned by hand, bump the suffix when changing wording."""

INVOICE_EXTRACTION_V3 = """You extract structured data from supplier invoices.
Return JSON with keys: vendor_name, invoice_number, total, currency, due_date, po_number.
Use null when a field is not present. Amounts are numbers without currency symbols."""

LINE_ITEMS_V1 = """List every line item on the invoice. Do not merge items. Quantities default to 1."""

GL_CODING_V2 = """You are an AP clerk. Given the vendor and line item descriptions, pick the best
general-ledger code from this chart of accounts:
{chart}
Answer with the code only."""

DISCREPANCY_V1 = """Compare the invoice to the purchase order and explain any differences in
one short paragraph for the AP reviewer. If they match, say "No discrepancies"."""

TRIAGE_V4 = """Classify the email for the shared finance inbox.
Categories: invoice, payment_status, vendor_onboarding, dispute, spam, other.
Priority: low, normal, high.
Respond as JSON: {"category": ..., "priority": ...}"""

REPLY_DRAFT_V2 = """Draft a short, polite reply on behalf of the Accounts Payable team.
Do not promise payment dates. Sign as "Acme AP Team"."""

LANGUAGE_DETECT_V1 = "Return only the ISO 639-1 code of the language of the following text."

CONTRACT_REVIEW_V5 = """You review contracts against the {playbook} playbook.
For each clause that deviates, return a JSON list of objects with keys
clause, risk (low|medium|high), explanation."""

REDLINE_V1 = """Rewrite the clause so it complies with the playbook position below.
Keep the original structure. Output only the rewritten clause.
Playbook position: {position}"""

VENDOR_MATCH_V2 = """Pick the vendor record that matches the invoice vendor. Call the
select_vendor tool with the id, or with null if none match."""

REPORT_SUMMARY_V1 = """Write an executive summary of the back-office KPIs for {period}.
Three bullet points, plain language."""

REPORT_TITLE_V1 = "Suggest a short title (max 8 words) for this report summary."
