"""Gameplay systems: NPCs, dialogue, quests, items."""
