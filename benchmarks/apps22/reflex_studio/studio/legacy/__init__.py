"""Code carried over from the Streamlit prototype (2023). Do not add to it.

Still imported by scripts/ and by the weekly newsletter cron.
"""
from .old_generator import NewsletterGenerator, PromptTemplate, blog_outline, legacy_complete

__all__ = ["NewsletterGenerator", "PromptTemplate", "blog_outline", "legacy_complete"]
