"""Research pipeline, document handling and local retrieval."""
