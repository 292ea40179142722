"""Translate the comments (description) field.

DeepSeek is the default translator: it is cheap and handles HTML well.
It speaks the OpenAI protocol, so we reuse the openai SDK with a custom
base_url. Gemini chat sessions are used for "translate and refine".
"""

import re

from openai import OpenAI

from calibre_plugins.ai_book_assistant.config import prefs, model_for, api_key_for
from calibre_plugins.ai_book_assistant.llm import get_deepseek_client, get_genai_client, translation_messages

_LANG_RE = re.compile(r'^[A-Za-z \-]{2,30}$')


class Translator(object):

    def __init__(self, target_language=None, client=None):
        lang = target_language or prefs['target_language']
        if not _LANG_RE.match(lang):
            raise ValueError('Bad language name: %r' % lang)
        self.target_language = lang
        self._client = client or get_deepseek_client()
        self.model = model_for('deepseek')

    def translate(self, html):
        if not html or not html.strip():
            return html
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=translation_messages(html, self.target_language),
            temperature=1.3,  # DeepSeek's recommended value for translation
        )
        return completion.choices[0].message.content

    def translate_many(self, items):
        return {k: self.translate(v) for k, v in items.items()}


def translate_and_refine(html, target_language):
    """Two-turn Gemini chat: translate, then polish the style."""
    client = get_genai_client()
    chat = client.chats.create(model=model_for('google'))
    first = chat.send_message(translation_messages(html, target_language)[1]['content'])
    second = chat.send_message('Now polish the translation so it reads naturally '
                               'as publisher copy. Keep the HTML.')
    return second.text or first.text


def quick_translate(text, target_language='English'):
    # Older helper still used by the context-menu action; creates its own
    # client because it predates clients.py.
    ds = OpenAI(api_key=api_key_for('deepseek'), base_url='https://api.deepseek.com/v1')
    r = ds.chat.completions.create(
        model='deepseek-chat',
        messages=[{'role': 'user', 'content': 'Translate to %s:\n\n%s' % (target_language, text)}],
    )
    return r.choices[0].message.content
