"""Custom spaCy pipeline components backed by hosted LLMs.

Importing this package registers every factory, component and registry
function so that ``spacy.load`` / ``nlp.add_pipe`` can resolve them from
config files (the package is also exposed through the ``spacy_factories``
entry point in setup.cfg).
"""
from . import extensions  # noqa: F401  (registers Doc/Span extensions)
from .clients import registry_functions  # noqa: F401
from .components import (  # noqa: F401
    doc_embedder,
    entity_linker,
    entity_normalizer,
    keyword_tagger,
    moderation_gate,
    relation_extractor,
    summarizer,
    tone_classifier,
    tracked_summarizer,
)

__version__ = "0.7.2"
