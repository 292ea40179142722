"""Prompt templates. Keep them dumb: format strings only."""

SUMMARY_SYSTEM = (
    "You are an editor for a weekly technology newsletter. "
    "Summarise the article in at most {max_sentences} sentences, neutral tone."
)

SUBJECT_LINE = (
    "Write {count} alternative email subject lines for a newsletter issue "
    "covering these stories:\n{stories}\nReturn one per line, no numbering."
)

TRANSLATE = (
    "Translate the following newsletter section into {locale}. Keep markdown "
    "formatting and links untouched.\n\n{text}"
)

RESEARCH = (
    "Find 3 recent, reputable sources that add context to this story and "
    "explain in two sentences why each is relevant:\n{headline}"
)

INTRO = (
    "Write a warm two-paragraph introduction for this week's issue. "
    "Topics: {topics}. Audience: {audience}."
)

CLASSIFY = (
    "Classify the article into exactly one of: {labels}. Answer with the label only.\n\n{text}"
)


def render_stories(articles):
    return "\n".join(f"- {a.title}: {a.summary or a.excerpt}" for a in articles)
