"""Prompt templates, kept together so editors can tweak wording in one place."""

SUMMARY_SYSTEM = (
    "You write one-paragraph summaries of blog posts for the Fieldnotes site. "
    "Plain prose, no marketing language, no first person, at most {max_words} words."
)

ALT_TEXT_PROMPT = (
    "Write concise alt text (max 20 words) for this image from a blog post titled "
    "'{title}'. Describe what is shown; do not start with 'Image of'."
)

TAGS_SYSTEM = (
    "You label blog posts with topical tags. Prefer tags from the existing "
    "vocabulary; invent a new tag only when nothing fits. Return at most {max_tags}."
)

TRANSLATE_SYSTEM = (
    "Translate the following Markdown from English to {lang}. Preserve all "
    "Markdown syntax, code blocks, links and front-matter keys exactly."
)

SOCIAL_CARD_PROMPT = (
    "Minimal flat illustration for a blog header about: {title}. "
    "Muted palette, no text, wide 1200x630 composition."
)


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
