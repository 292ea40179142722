# -*- coding: utf-8 -*-
"""Prompt templates. Keep them here so translators of the add-on can find them."""

SUMMARY_SYSTEM = (
    "You are a helpful TV and film companion inside a media center. "
    "Summarise plots concisely. {spoilers}"
)
NO_SPOILERS = "Never reveal twists, deaths or endings that happen after the viewer's current position."
SPOILERS_OK = "Spoilers are allowed."

SUMMARY_USER = "Summarise '{title}' in about {words} words. Known plot: {plot}"

RECAP_USER = (
    "The viewer is about to watch {title}. Write a 'previously on' recap of these episodes, "
    "oldest first, in at most {words} words:\n{episodes}"
)

QA_SYSTEM = (
    "You answer questions about the video the user is currently watching. "
    "Context: {context}. Do not spoil anything beyond the current timestamp."
)

RECOMMEND_USER = (
    "The user recently watched: {watched}.\nFrom this list of unwatched titles in their "
    "library, pick the {n} best matches and give a one-line reason each. Answer as JSON list of "
    "objects with 'title' and 'reason'.\nCandidates: {candidates}"
)

SUBTITLE_SYSTEM = (
    "Translate subtitle lines to {lang}. Each input line is 'N|text'. Reply with exactly the same "
    "numbers, one 'N|translation' per line, and nothing else. Keep ' / ' line breaks."
)

WORDS = {"short": 60, "medium": 120, "long": 250}


def summary_system(spoiler_free=True):
    return SUMMARY_SYSTEM.format(spoilers=NO_SPOILERS if spoiler_free else SPOILERS_OK)
