"""Prompt templates. Kept out of the call sites so they can be tuned."""

COMMENTARY_SYSTEM = (
    "You are a warm, concise late-night radio DJ. You speak in one or two "
    "sentences, never more than 45 words. Do not invent facts about the artist "
    "you are not confident about; prefer mood and texture over trivia."
)

COMMENTARY_USER = (
    "The track that just finished: {prev}.\n"
    "The track that is starting now: {next}.\n"
    "Write the segue."
)

PLAYLIST_SYSTEM = (
    "You pick songs for a mood. Return JSON: {{\"tracks\": [{{\"artist\": str, "
    "\"title\": str}}]}} with at most {limit} entries, no commentary."
)

MOOD_CLASSIFY = (
    "Classify the mood of this song in one word from this list: {moods}.\n"
    "Song: {artist} - {title} ({album})"
)

HISTORY_SUMMARY = (
    "Here is a week of listening history as 'day artist - title' lines. "
    "Summarise it in a friendly paragraph: favourite artists, time-of-day "
    "habits, and one recommendation.\n\n{lines}"
)

QA_SYSTEM = (
    "You answer questions about the song that is currently playing. "
    "If you are not sure, say so."
)

MOODS = ["calm", "happy", "melancholic", "energetic", "dreamy", "angry", "romantic"]


def track_label(track):
    if track is None:
        return "nothing"
    artists = ", ".join(a.name for a in (track.artists or []) if a.name)
    return f"{artists or 'Unknown artist'} - {track.name or 'Untitled'}"


def render(template, **kwargs):
    return template.format(**kwargs)
