"""Safety checks on model output before it is saved to the wiki."""
from __future__ import annotations

import logging

from wikiai import clients

log = logging.getLogger(__name__)

BLOCKED_CATEGORIES = {'hate', 'harassment', 'self-harm', 'sexual/minors',
                      'violence/graphic'}


def is_flagged(text: str) -> bool:
    result = clients.get_openai_client().moderations.create(
        model='omni-moderation-latest', input=text)
    item = result.results[0]
    if not item.flagged:
        return False
    hits = {name for name, hit in item.categories.model_dump(by_alias=True).items()
            if hit}
    log.info('moderation flagged: %s', ', '.join(sorted(hits)))
    return bool(hits & BLOCKED_CATEGORIES) or item.flagged


def is_flagged_mistral(text: str) -> bool:
    """Used for the non-English wikis where Mistral's classifier does better."""
    mistral = clients.get_mistral_client()
    resp = mistral.classifiers.moderate(model='mistral-moderation-latest',
                                        inputs=[text])
    cats = resp.results[0].categories
    return any(cats.get(name) for name in ('hate_and_discrimination',
                                           'violence_and_threats',
                                           'sexual', 'selfharm'))
