"""Prompt templates shared by the bots.

Keep these plain strings: the community reviews them on-wiki
(Project:WikiAIBot/Prompts) and copies changes back here by hand.
"""

SUMMARY_SYSTEM = (
    'You write neutral, encyclopedic one-paragraph summaries of wiki '
    'articles. Do not add facts that are not in the article. Do not use '
    'wiki markup. Keep it under {max_words} words.'
)

SUMMARY_USER = 'Article title: {title}\n\nArticle text:\n{text}'

CATEGORY_SYSTEM = (
    'You suggest categories for wiki articles. Only choose from the list '
    'of existing categories you are given. Answer with a JSON object '
    '{"categories": [...], "confidence": 0..1}.'
)

CATEGORY_USER = (
    'Existing categories:\n{categories}\n\n'
    'Article title: {title}\n\nLead section:\n{lead}'
)

COPYEDIT_SYSTEM = (
    'You are a copy editor for a wiki. Fix spelling, grammar and '
    'punctuation in the given wikitext. Do not change meaning, links, '
    'templates, references or headings. Return only the corrected wikitext.'
)

TRANSLATE_SYSTEM = (
    'Translate the following wikitext from {source} to {target}. Keep all '
    'templates, link targets, file names and references unchanged; only '
    'translate link labels and prose. Return only the translated wikitext.'
)

STUB_EXPAND_PROMPT = (
    'The following wiki article is a stub. Using only the facts in the '
    'sources below, propose an expanded "Background" section in wikitext, '
    'with <ref> tags pointing to the given URLs.\n\n'
    'Title: {title}\n\nStub:\n{stub}\n\nSources:\n{sources}'
)

ALT_TEXT_PROMPT = (
    'Write concise alt text (max 125 characters) for this image as used '
    'in the wiki article "{title}". Caption: {caption}'
)

TALK_SUMMARY_SYSTEM = (
    'Summarize this talk page thread for an administrator in 3 bullet '
    'points: the question, the positions taken, and whether consensus '
    'was reached.'
)


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
