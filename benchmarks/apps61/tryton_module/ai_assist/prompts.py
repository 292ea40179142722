# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from string import Template

SYSTEM_ERP = (
    "You are the assistant of a small B2B distributor. Be factual, concise "
    "and never invent prices, stock levels or delivery dates.")

PRODUCT_DESCRIPTION = Template("""\
Write a $tone product description in $language for the product below.
Use at most 120 words, no headings.

Name: $name
Code: $code
Category: $category
Attributes:
$attributes
""")

PARTY_SUMMARY = Template("""\
Summarise the relationship with the customer "$name" for a sales rep who
is about to call them.  Mention buying patterns, open issues and anything
unusual.  Bullet points, at most 8.

Sales (most recent first):
$sales

Notes:
$notes
""")

QUOTE_DRAFT = Template("""\
Draft a short cover letter for quotation $number addressed to $party.
Lines:
$lines
Total: $total $currency
Payment term: $payment_term
""")

FOLLOWUP = Template("""\
Write a polite follow-up e-mail about quotation $number sent on $date to
$party.  Keep it under 90 words.
""")

LEAD_CLASSIFICATION = Template("""\
Classify the sales lead below.  Answer with JSON:
{"segment": "smb|mid|enterprise", "intent": "low|medium|high",
 "reason": "<one sentence>"}

Lead: $description
Company: $company
Amount: $amount
""")


def format_lines(lines):
    return '\n'.join('- %s x %s @ %s' % (l.quantity, l.description or '',
            l.unit_price) for l in lines if l.type == 'line')
