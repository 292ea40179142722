"""Document summarisation service (queue worker + nightly batch jobs)."""
