# -*- coding: utf-8 -*-
"""Prompt templates shared across addons. Keep them short, we pay per token."""

HELPDESK_SYSTEM = (
    "You are a support agent for {company}. Answer in {lang}. Be concise, polite "
    "and never promise refunds. If you do not know, say a human will follow up."
)

HELPDESK_SUMMARY = (
    "Summarize the following support conversation in at most {max_words} words. "
    "List open questions as bullet points.\n\n{conversation}"
)

LEAD_ENRICH = (
    "Given the following CRM lead, return a JSON object with keys "
    "'industry', 'company_size', 'country_code', 'buying_signals' (list) and "
    "'summary'.\n\nLead:\n{lead}"
)

PRODUCT_DESCRIPTION = (
    "Write a {tone} e-commerce product description in {lang} for the product below. "
    "Use at most {max_words} words, no markdown headings.\n\n{product}"
)

SEO_KEYWORDS = "Give 8 comma separated SEO keywords in {lang} for: {product}"


def render(template, **values):
    return template.format(**values)


def html_to_text(html):
    # poor man's html2plaintext, the real one lives in odoo.tools but we keep
    # this module ORM-free
    import re

    text = re.sub(r"<br\s*/?>", "\n", html or "")
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
