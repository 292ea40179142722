"""Semantic search and question answering over the internal knowledge base."""
