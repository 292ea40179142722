from rpg.entities.entity import Entity
from rpg.entities.npc import NPC, LootTable
from rpg.entities.player import Player

__all__ = ["Entity", "NPC", "LootTable", "Player"]
