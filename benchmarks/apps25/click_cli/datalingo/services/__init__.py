"""Shared services ported from the platform repo (usage tracking, model routing)."""
