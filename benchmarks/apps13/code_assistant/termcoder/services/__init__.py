"""Shared services (usage tracking, multi-model routing) used by the hosted features."""
