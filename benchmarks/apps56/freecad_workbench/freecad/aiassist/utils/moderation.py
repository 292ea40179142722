"""Screen user prompts before they go to the drafting models (shared workstations)."""
from freecad.aiassist import preferences
from freecad.aiassist.llm import clients


def is_flagged(text):
    if not preferences.params().GetBool("ModerationEnabled", False):
        return False
    result = clients.get_openai_client().moderations.create(
        model="omni-moderation-latest", input=text
    )
    return any(r.flagged for r in result.results)
