"""Code from the first version of the docs bot (2023). Being migrated to doctools.summarize.

TODO(platform-docs#212): delete once the changelog generator moves over.
"""
