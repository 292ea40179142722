"""Prompt builders. Pure functions, no network, easy to test."""

import re

from calibre.ebooks.metadata import authors_to_string

SYSTEM_LIBRARIAN = (
    'You are a careful librarian. You write accurate, spoiler-free '
    'catalogue copy and never invent facts that are not in the input.'
)

_TAG_RE = re.compile(r'<[^>]+>')


def strip_html(text):
    if not text:
        return ''
    return _TAG_RE.sub(' ', text).replace('&nbsp;', ' ').strip()


def book_context(mi, max_chars=6000):
    parts = ['Title: %s' % mi.title]
    if mi.authors:
        parts.append('Author(s): %s' % authors_to_string(mi.authors))
    if mi.series:
        parts.append('Series: %s #%s' % (mi.series, mi.series_index))
    if mi.tags:
        parts.append('Existing tags: %s' % ', '.join(mi.tags))
    if mi.pubdate:
        parts.append('Published: %s' % mi.pubdate.year)
    desc = strip_html(mi.comments)
    if desc:
        parts.append('Description:\n' + desc[:max_chars])
    return '\n'.join(parts)


def summary_messages(mi, words=120, excerpt=None):
    ctx = book_context(mi)
    if excerpt:
        ctx += '\n\nOpening pages:\n' + excerpt[:8000]
    user = ('Write a spoiler-free summary of this book in at most %d words. '
            'Plain text, one paragraph.\n\n%s') % (words, ctx)
    return [
        {'role': 'system', 'content': SYSTEM_LIBRARIAN},
        {'role': 'user', 'content': user},
    ]


def tag_messages(mi, limit=8, vocabulary=None):
    vocab = ''
    if vocabulary:
        vocab = '\nPrefer tags from this list when they fit: %s' % ', '.join(sorted(vocabulary)[:300])
    user = ('Suggest up to %d genre/subject tags for this book. Answer with a '
            'JSON array of strings only.%s\n\n%s') % (limit, vocab, book_context(mi))
    return [
        {'role': 'system', 'content': SYSTEM_LIBRARIAN},
        {'role': 'user', 'content': user},
    ]


def series_messages(mi):
    user = ('If this book belongs to a published series, answer with JSON '
            '{"series": name, "index": number}. Otherwise answer {"series": null}.'
            '\n\n' + book_context(mi, max_chars=2000))
    return [
        {'role': 'system', 'content': SYSTEM_LIBRARIAN},
        {'role': 'user', 'content': user},
    ]


def translation_messages(html, target_language):
    user = ('Translate the following book description into %s. Keep the HTML '
            'markup unchanged and translate only the text.\n\n%s') % (target_language, html)
    return [
        {'role': 'system', 'content': 'You are a professional literary translator.'},
        {'role': 'user', 'content': user},
    ]


def split_system(messages):
    """Anthropic and Gemini want the system prompt separately."""
    system = '\n'.join(m['content'] for m in messages if m['role'] == 'system')
    rest = [m for m in messages if m['role'] != 'system']
    return system, rest


def to_genai_contents(messages):
    contents = []
    for m in messages:
        if m['role'] == 'system':
            continue
        role = 'model' if m['role'] == 'assistant' else 'user'
        contents.append({'role': role, 'parts': [{'text': m['content']}]})
    return contents
