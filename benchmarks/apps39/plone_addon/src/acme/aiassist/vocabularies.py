"""Vocabularies for the control panel widgets."""
from acme.aiassist.utilities import available_providers
from acme.aiassist.utilities import get_client
from plone.memoize import ram
from zope.interface import provider
from zope.schema.interfaces import IVocabularyFactory
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

import logging
import time


logger = logging.getLogger(__name__)


@provider(IVocabularyFactory)
def ProvidersVocabularyFactory(context):
    return SimpleVocabulary(
        [SimpleTerm(value=name, title=name.title()) for name in available_providers()]
    )


@ram.cache(lambda *args: time.time() // 3600)
def _openrouter_model_ids():
    client = get_client("openrouter")
    try:
        return sorted(m.id for m in client.models.list())
    except Exception:
        logger.warning("Could not list OpenRouter models", exc_info=True)
        return []


@provider(IVocabularyFactory)
def OpenRouterModelsVocabularyFactory(context):
    return SimpleVocabulary.fromValues(_openrouter_model_ids())
