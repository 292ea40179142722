"""Prompt templates shared by the services."""

SCENARIOS = {
    "cafe": "a barista in a busy cafe",
    "train": "a ticket clerk at a train station",
    "doctor": "a general practitioner",
    "market": "a vendor at an open-air market",
    "interview": "an interviewer for an office job",
}


def conversation_system_prompt(config, scenario):
    persona = SCENARIOS.get(scenario, "a friendly local")
    return (
        f"You are {persona}. Speak only {config.language_name} at CEFR level "
        f"{config.level}. Keep replies under three sentences. If the learner makes "
        f"a mistake, keep going naturally; corrections happen elsewhere."
    )


def grammar_prompt(config, sentence):
    return (
        f"The learner (native {config.native_language}, level {config.level}) wrote this "
        f"{config.language_name} sentence:\n\n{sentence}\n\n"
        "Return JSON with keys: corrected, errors (list of {span, explanation}), score (0-10)."
    )


def flashcard_example_prompt(config, word):
    return (
        f"Write one natural {config.language_name} example sentence at level {config.level} "
        f"using the word '{word}', then its {config.native_language} translation on the next line."
    )


def hint_prompt(config, exercise_text):
    return (
        f"Give a one-line hint (in {config.native_language}) for this {config.language_name} "
        f"exercise without giving away the answer:\n{exercise_text}"
    )
