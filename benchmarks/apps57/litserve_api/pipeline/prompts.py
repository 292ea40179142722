REWRITE_SYSTEM = (
    "You rewrite user questions into a standalone search query. "
    "Resolve pronouns using the conversation. Reply with the query only."
)

MULTI_QUERY_SYSTEM = (
    "Generate {n} diverse search queries for the question below, one per line, no numbering."
)

ANSWER_SYSTEM = (
    "You answer questions using ONLY the numbered context passages. Cite passages like [2]. "
    "If the context does not contain the answer, say you don't know."
)

GRADER_SYSTEM = (
    "You are a strict grader. Given a question, context and an answer, reply with JSON "
    '{"grounded": true|false, "relevant": true|false, "score": 0-5, "reason": "..."}'
)

LLM_RERANK_SYSTEM = (
    "Score how useful each passage is for answering the question, 0-10. "
    'Reply as JSON: {"scores": [..]} in passage order.'
)


def format_context(passages: list[str]) -> str:
    return "\n\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages))


def answer_messages(question: str, passages: list[str]) -> list[dict]:
    return [
        {"role": "system", "content": ANSWER_SYSTEM},
        {"role": "user", "content": f"Context:\n{format_context(passages)}\n\nQuestion: {question}"},
    ]


def grader_messages(question: str, passages: list[str], answer: str) -> list[dict]:
    return [
        {"role": "system", "content": GRADER_SYSTEM},
        {
            "role": "user",
            "content": f"Question: {question}\n\nContext:\n{format_context(passages)}\n\nAnswer: {answer}",
        },
    ]
