"""Prompt templates. Bump the *_VERSION when you change wording so caches split."""

SUMMARY_VERSION = "v4"
SUMMARY_SYSTEM = (
    "You are a careful analyst. Summarise the support conversation for an account "
    "manager in at most four sentences. Mention the product area and whether the "
    "customer's issue was resolved."
)
SUMMARY_USER = "Conversation:\n\n{conversation}\n\nSummary:"

JUDGE_VERSION = "v2"
JUDGE_INSTRUCTIONS = (
    "You grade summaries of customer support conversations. Score faithfulness, "
    "coverage and concision from 1 to 5 each and answer with JSON only: "
    '{"faithfulness": int, "coverage": int, "concision": int, "notes": str}'
)
JUDGE_INPUT = "Conversation:\n{conversation}\n\nCandidate summary:\n{summary}"

PAIRWISE_SYSTEM = (
    "Two assistants summarised the same conversation. Decide which summary an "
    "account manager would rather read. Reply with exactly 'A', 'B' or 'TIE'."
)
PAIRWISE_USER = "Conversation:\n{conversation}\n\nSummary A:\n{a}\n\nSummary B:\n{b}"

LABELS = [
    "billing",
    "login_access",
    "data_export",
    "integrations",
    "performance",
    "bug_report",
    "feature_request",
    "other",
]
LABEL_PROMPT = (
    "Classify the support ticket into exactly one of these categories: "
    + ", ".join(LABELS)
    + ". Answer with the category name only.\n\nTicket:\n{text}"
)

TRANSLATE_PROMPT = (
    "Translate the following search query into English. Keep product names as-is. "
    "Return only the translation.\n\n{query}"
)


def summary_messages(conversation):
    return [
        {"role": "system", "content": SUMMARY_SYSTEM},
        {"role": "user", "content": SUMMARY_USER.format(conversation=conversation)},
    ]


def label_messages(text):
    return [{"role": "user", "content": LABEL_PROMPT.format(text=text)}]
