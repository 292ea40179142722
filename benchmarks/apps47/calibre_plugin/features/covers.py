"""Generate a placeholder cover for books that have none.

Experimental, hidden behind the "Labs" submenu.
"""

import base64
import io

from calibre_plugins.ai_book_assistant.llm.clients import get_openai_client, get_genai_client

COVER_PROMPT = ('A tasteful, typographic book cover for "{title}" by {author}. '
                'Minimalist, no photographs of people, title text clearly legible.')


def generate_cover(mi, size='1024x1536'):
    client = get_openai_client()
    author = mi.authors[0] if mi.authors else 'Unknown'
    img = client.images.generate(
        model='gpt-image-1',
        prompt=COVER_PROMPT.format(title=mi.title, author=author),
        size=size,
        n=1,
    )
    return base64.b64decode(img.data[0].b64_json)


def upload_reference_cover(cover_bytes):
    """Uploads an existing cover so a later request can reference it.
    Uploading is free; generation happens elsewhere."""
    client = get_genai_client()
    return client.files.upload(file=io.BytesIO(cover_bytes),
                               config={'mime_type': 'image/jpeg'})


def upload_for_batch(jsonl_bytes):
    client = get_openai_client()
    return client.files.create(file=('batch.jsonl', jsonl_bytes), purpose='batch')
