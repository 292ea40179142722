"""Optional check of user-visible generated text before it is written
to the library (some users share their libraries through the content
server)."""

from calibre_plugins.ai_book_assistant.llm.clients import get_openai_client, get_mistral_client


def flagged_openai(text):
    res = get_openai_client().moderations.create(
        model='omni-moderation-latest', input=text)
    return any(r.flagged for r in res.results)


def flagged_mistral(text):
    client = get_mistral_client()
    res = client.classifiers.moderate(model='mistral-moderation-latest', inputs=[text])
    cats = res.results[0].categories
    return any(cats.values())


def is_flagged(text, provider='openai'):
    if not text:
        return False
    if provider == 'mistral':
        return flagged_mistral(text)
    return flagged_openai(text)
