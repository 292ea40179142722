"""Reusable dataset pipelines. Commands wire these to click options."""
from datalingo.pipelines.summary import summarise_document
from datalingo.pipelines.tagging import TagSuggester
from datalingo.pipelines.translation import Translator

__all__ = ["TagSuggester", "Translator", "summarise_document"]
