"""Prompt templates shared by the enrichment tasks."""
import string

BLURB_SYSTEM = (
    "You are a copywriter for a literary publisher. Write in British English, "
    "avoid spoilers, never invent awards or reviews."
)

BLURB_TEMPLATE = string.Template(
    "Title: $title\nAuthor: $author\nFirst published: $year\n"
    "Existing description (may be empty or poor OCR):\n$description\n\n"
    "Write a $words-word back-cover blurb."
)

SUBJECT_SYSTEM = (
    "Classify books into BISAC subject codes. Answer with JSON: "
    '{"codes": ["FIC000000", ...], "confidence": 0.0-1.0}'
)

KEYWORDS_TEMPLATE = string.Template(
    "Suggest up to $n search keywords for online retailers for this book. "
    "One per line, lower case, no numbering.\n\nTitle: $title\nBlurb: $blurb"
)

TRANSLATE_TEMPLATE = string.Template(
    "Translate the following publisher's blurb into $language. Keep the "
    "register and do not add information.\n\n$blurb"
)

REVIEW_SUMMARY_TEMPLATE = string.Template(
    "Summarise these reader reviews in two sentences for the sales team. "
    "Mention recurring complaints.\n\n$reviews"
)

JUDGE_TEMPLATE = string.Template(
    "Rate this blurb from 1 to 5 for accuracy against the source description "
    "and for tone. Reply as 'accuracy=<n> tone=<n> note=<text>'.\n\n"
    "SOURCE:\n$source\n\nBLURB:\n$blurb"
)

BIO_TEMPLATE = string.Template(
    "Write a 60-word author biography from these facts only:\n$facts"
)


def render(template, **values):
    return template.safe_substitute(**values)
