"""AI content plugin for Saleor.

Generates product descriptions, SEO metadata and semantic search embeddings
using a handful of hosted model providers.
"""

default_app_config = "saleor_ai_content.apps.AIContentConfig"

__version__ = "0.9.3"
