"""Prompt templates for NPCs. Keep these boring and explicit."""
from __future__ import annotations

from string import Template

NPC_SYSTEM = Template(
    """You are $name, a $role in the village of Emberfall.
Personality: $personality
You speak in short lines (at most two sentences). Never mention being an AI.
Things you remember about the player:
$memories
Current situation: $situation"""
)

BARK_PROMPT = "Say one short line $name the $role might mutter while $activity. No quotes."

QUEST_SYSTEM = """You design small side quests for a cozy fantasy RPG.
Answer with JSON: {"title": str, "giver": str, "objective": str, "target": str,
"count": int, "reward_gold": int, "flavor": str}."""

QUEST_USER = Template(
    "Quest giver: $giver ($role). Region: $region. Player level: $level. "
    "Known items: $items. Recent events: $events."
)

SUMMARY_PROMPT = Template(
    "Summarize what $name learned about the player in this conversation in one sentence, "
    "written from $name's point of view.\n\n$transcript"
)

RECAP_PROMPT = Template(
    "Write a two-sentence 'previously on' recap for a returning player.\n"
    "Quests: $quests\nNotable conversations: $notes"
)


def format_memories(memories: list[str]) -> str:
    if not memories:
        return "- nothing yet, you have never met"
    return "\n".join(f"- {m}" for m in memories)


def npc_system_prompt(npc, situation: str = "standing in the village square") -> str:
    return NPC_SYSTEM.substitute(
        name=npc.name,
        role=npc.role,
        personality=npc.personality,
        memories=format_memories(npc.memory.recall()),
        situation=situation,
    )
