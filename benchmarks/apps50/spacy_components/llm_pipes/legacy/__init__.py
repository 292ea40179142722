"""Pre-spaCy-3 helpers kept for the keyword tagger and the weekly digest job.

Do not add new callers.
"""
