"""Prompt templates. Keep these boring and versioned."""

SUMMARY_SYSTEM_V3 = (
    "You summarise news articles for a mobile news feed. Write 2-3 neutral, factual "
    "sentences. Do not speculate, do not editorialise, keep named entities."
)

SUMMARY_USER_V3 = "Article title: {title}\n\nArticle text:\n{body}\n\nSummary:"

HEADLINE_SYSTEM = (
    "Rewrite the headline so it is informative and not clickbait. Max 90 characters. "
    "Return only the headline."
)

TOPIC_CLASSIFY = (
    "Classify the article into one or more of these topics: {labels}. "
    "Respond as JSON: {{\"topics\": [..], \"keywords\": [..up to 6..]}}\n\n{text}"
)

TAGLINE = "Write a single-sentence teaser (under 25 words) for this story:\n\n{text}"

LIVE_BLURB = (
    "You write live-ticker blurbs. Given the new article below, write one sentence "
    "(max 30 words) a reader can scan in two seconds.\n\n{text}"
)

TRANSLATE_TITLE = "Translate this news headline into English. Return only the translation.\n\n{title}"


def render_summary(title: str, body: str) -> str:
    return SUMMARY_USER_V3.format(title=title, body=body)
