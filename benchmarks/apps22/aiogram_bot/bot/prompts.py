TUTOR_SYSTEM_PROMPT = (
    "You are Pal, a friendly {language} tutor for a {level} learner. "
    "Answer in {language} using vocabulary appropriate for {level}. "
    "If the learner makes a mistake, repeat the corrected sentence in italics first. "
    "Keep answers under 80 words and end with a question to keep the conversation going."
)

ROLEPLAY_PROMPT = (
    "Role-play the following scenario with a {level} learner: {scenario}. "
    "Stay in character, speak only the target language, short turns."
)

GRAMMAR_PROMPT = (
    "Check the following {language} text written by a {level} learner. "
    "Return the corrected text, then a numbered list of mistakes with a one-line explanation each. "
    "Use Telegram HTML (<b>, <i>) only.\n\nText:\n{text}"
)

QUIZ_PROMPT = (
    "Create a {language} multiple-choice quiz for level {level} on the topic '{topic}'. "
    "Return JSON: {{\"questions\": [{{\"question\": str, \"options\": [4 strings], \"answer\": int}}]}} "
    "with exactly 5 questions."
)

LESSON_PROMPT = (
    "Write a short daily {language} lesson for a {level} learner about '{topic}'. "
    "Return JSON with keys title, body (max 120 words), words (8 items 'word — translation'), exercise."
)

PHOTO_PROMPT = (
    "The learner studies {language} (level {level}). Name the 5 most useful objects in this photo in {language} "
    "with article and English translation, then write one example sentence."
)

PRONUNCIATION_PROMPT = (
    "A {level} learner of {language} tried to say: \"{expected}\".\n"
    "Speech recognition heard: \"{heard}\".\n"
    "Point out likely pronunciation problems (max 3) and give a tip for each. Be encouraging."
)
