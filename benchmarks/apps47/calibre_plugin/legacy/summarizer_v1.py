"""Version 0.9 summariser. Still reachable through the 'Classic mode'
tweak for users whose custom templates depend on its output format.

TODO(marta): delete after 2.0 (settings are migrated by migrate_prefs()).
"""

import openai

from calibre_plugins.ai_book_assistant.config import prefs, api_key_for

CLASSIC_PROMPT = ('Summarize the book "{title}" by {authors} in {words} words. '
                  'Description: {desc}')


def _configure():
    openai.api_key = api_key_for('openai')


def classic_summary(mi, words=100):
    _configure()
    prompt = CLASSIC_PROMPT.format(title=mi.title, authors=', '.join(mi.authors),
                                   words=words, desc=(mi.comments or '')[:3000])
    resp = openai.chat.completions.create(
        model=prefs['models'].get('openai', 'gpt-3.5-turbo'),
        messages=[{'role': 'user', 'content': prompt}],
    )
    return resp.choices[0].message.content


def classic_summary_completion(mi, words=100):
    """For the 'gpt-3.5-turbo-instruct' setting some users still have."""
    _configure()
    prompt = CLASSIC_PROMPT.format(title=mi.title, authors=', '.join(mi.authors),
                                   words=words, desc=(mi.comments or '')[:3000])
    resp = openai.completions.create(model='gpt-3.5-turbo-instruct', prompt=prompt,
                                     max_tokens=words * 2)
    return resp.choices[0].text


def migrate_prefs():
    """0.x stored the key under 'openai_key'."""
    old = prefs.get('openai_key')
    if old:
        keys = dict(prefs['api_keys'])
        keys.setdefault('openai', old)
        prefs['api_keys'] = keys
        del prefs['openai_key']
