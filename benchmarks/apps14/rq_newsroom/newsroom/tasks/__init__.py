"""RQ job functions. Jobs are referenced by dotted path when enqueued, so
renaming a function here needs a deploy of web and workers together."""
