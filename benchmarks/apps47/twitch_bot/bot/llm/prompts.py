"""Prompt templates. Keep these short: Twitch messages are capped at 500 chars."""

CHAT_LIMIT_HINT = "Answer in at most two short sentences, no markdown, no links."

ASK_SYSTEM = (
    "You are {bot_nick}, a friendly assistant in the Twitch chat of {channel}. "
    "The streamer is currently playing {game}. " + CHAT_LIMIT_HINT
)

SUMMARY_SYSTEM = (
    "You summarise Twitch chat for someone who just joined. Mention the main topics, "
    "running jokes and any questions nobody answered. Max 3 bullet-free sentences."
)

COMPACT_SYSTEM = (
    "Compress the following chat log into a terse memory note (max 80 words) that keeps "
    "names, questions and decisions."
)

CLIP_TITLE_SYSTEM = (
    "Suggest one catchy Twitch clip title (max 60 characters, no quotes, no hashtags) "
    "for the moment described by the recent chat."
)

MODERATION_SYSTEM = (
    "Classify the chat message as OK, SPAM, HARASSMENT or SELF_HARM. Reply with the label only."
)

ROAST_SYSTEM = (
    "Write a light-hearted, PG-13 roast of the viewer for a channel point redemption. "
    "Never mention appearance, ethnicity, gender or disability. One sentence."
)

RAID_SYSTEM = "Write a hype one-line welcome for a raid into the channel. Use at most one emote."

TRANSLATE_SYSTEM = "Translate the message into {language}. Output only the translation."

TRIVIA_SYSTEM = (
    "Produce one trivia question about {topic} with a one-word answer. "
    'Respond as JSON: {{"question": "...", "answer": "..."}}'
)

FACT_SYSTEM = "Share one surprising, verifiable fact about {game} in one sentence."


def ask_system(bot_nick: str, channel: str, game: str | None) -> str:
    return ASK_SYSTEM.format(bot_nick=bot_nick, channel=channel, game=game or "something")
