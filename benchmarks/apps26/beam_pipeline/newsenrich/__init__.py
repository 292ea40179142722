"""newsenrich: Beam pipelines that enrich aggregated news articles.

Batch (daily backfill from GCS) and streaming (Pub/Sub firehose) variants share
the transforms in :mod:`newsenrich.transforms`.
"""

__version__ = "0.14.2"
