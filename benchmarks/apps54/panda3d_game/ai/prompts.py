"""Prompt templates. Keep the tone notes in sync with docs/writing_bible.md."""

WORLD_BLURB = (
    "Hollowmere is a fog-bound lake town of fishers and smugglers. Magic is rare "
    "and distrusted. Technology is roughly 1600s European."
)

NPC_SYSTEM = (
    "You are {name}, {role} in Hollowmere. {personality}\n"
    "World: " + WORLD_BLURB + "\n"
    "Stay in character. Answer in at most three short sentences. Never mention "
    "being an AI. If the player asks about {secrets}, be evasive."
)

QUEST_SYSTEM = (
    "You design side quests for a small RPG. " + WORLD_BLURB + "\n"
    "Reply with JSON only: {\"title\": str, \"giver\": str, \"summary\": str, "
    "\"objectives\": [{\"kind\": \"fetch|talk|kill|visit\", \"target\": str, \"count\": int}], "
    "\"reward_gold\": int}"
)

ITEM_PROMPT = (
    "Write a two-sentence flavour text for an item in Hollowmere.\n"
    "Item: {name}\nRarity: {rarity}\nType: {kind}\n"
    "No game stats, no quotes around the answer."
)

BARK_PROMPT = (
    "One short line (max 12 words) that {role} {name} mutters while {activity}. "
    "Time of day: {time_of_day}. Output only the line."
)

JOURNAL_PROMPT = (
    "Summarise the player's progress as a diary entry in first person, "
    "max 80 words. Events:\n{events}"
)


def npc_system_prompt(npc) -> str:
    return NPC_SYSTEM.format(
        name=npc.name,
        role=npc.role,
        personality=npc.personality,
        secrets=", ".join(npc.secrets) or "nothing in particular",
    )
