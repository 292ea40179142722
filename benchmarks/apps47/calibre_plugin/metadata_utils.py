"""Reading and writing book metadata through calibre's new_api."""

from calibre.ebooks.metadata.book.base import Metadata


def get_mi(db, book_id):
    return db.new_api.get_metadata(book_id, get_cover=False)


def iter_mi(db, book_ids):
    api = db.new_api
    for book_id in book_ids:
        yield book_id, api.get_metadata(book_id, get_cover=False)


def custom_column_exists(db, lookup_name):
    return lookup_name in db.new_api.field_metadata.custom_field_keys()


def write_field(db, lookup_name, values):
    """values: {book_id: value}. Returns the set of changed ids."""
    return db.new_api.set_field(lookup_name, values)


def read_book_excerpt(db, book_id, max_chars=12000):
    """Pull the opening text of the book from its EPUB/TXT format."""
    api = db.new_api
    fmts = api.formats(book_id) or ()
    for fmt in ('TXT', 'EPUB', 'AZW3', 'MOBI'):
        if fmt in fmts:
            path = api.format_abspath(book_id, fmt)
            if path:
                return _extract_text(path, fmt)[:max_chars]
    return ''


def _extract_text(path, fmt):
    if fmt == 'TXT':
        with open(path, 'rb') as f:
            return f.read(60000).decode('utf-8', 'replace')
    from calibre.ebooks.oeb.polish.container import get_container
    from calibre.ebooks.oeb.base import xml2text
    container = get_container(path, tweak_mode=True)
    parts = []
    for name, linear in container.spine_names:
        root = container.parsed(name)
        parts.append(xml2text(root))
        if sum(len(p) for p in parts) > 60000:
            break
    return '\n'.join(parts)


class CommentsGenerator(object):
    """Builds the HTML that goes into the comments field from a summary,
    keeping the original description underneath."""

    TEMPLATE = ('<div class="ai-summary"><p><b>{label}:</b> {summary}</p></div>'
                '<hr/>{original}')

    def __init__(self, label='AI summary'):
        self.label = label

    def generate(self, summary, original_html):
        if original_html and 'class="ai-summary"' in original_html:
            original_html = original_html.split('<hr/>', 1)[-1]
        return self.TEMPLATE.format(label=self.label, summary=summary,
                                    original=original_html or '')


def empty_metadata(title):
    return Metadata(title, [_('Unknown')])
