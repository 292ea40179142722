"""Prompt templates. Keep them here so product can review wording in one place."""

ANSWER_SYSTEM = """You answer questions about the user's documents.
Use only the numbered excerpts below. Cite excerpts as [n]. If the excerpts do not
contain the answer, say you could not find it in the documents. Answer in the
language of the question."""

ANSWER_USER = """Excerpts:
{context}

Question: {question}"""

REWRITE_SYSTEM = (
    "Rewrite the user's last message as a standalone search query for a document index. "
    "Resolve pronouns using the conversation. Output the query only."
)

SUGGEST_SYSTEM = (
    "Given a document outline, propose {n} short questions a reader would plausibly ask. "
    "One per line, no numbering."
)

CHUNK_CONTEXT_PROMPT = """<chunk>
{chunk}
</chunk>
Give a short succinct context (1-2 sentences) to situate this chunk within the overall
document for the purposes of improving search retrieval of the chunk. Answer only with
the succinct context and nothing else."""

FIGURE_CAPTION_PROMPT = (
    "Describe this figure from a business document in 2-3 sentences so that it can be "
    "found by text search. Mention axis labels, units and any numbers that stand out."
)

TITLE_PROMPT = "Propose a concise title (max 8 words) for a document starting with:\n\n{head}"

EXTRACT_SYSTEM = (
    "Extract the requested fields from the document excerpt. Use null when a field is absent."
)

JUDGE_PROMPT = """You are grading a RAG system.
Question: {question}
Reference answer: {reference}
Candidate answer: {candidate}

Score the candidate from 1 (wrong) to 5 (fully correct and complete). Reply as JSON:
{{"score": <int>, "reason": "<one sentence>"}}"""

FAITHFULNESS_PROMPT = """Context:
{context}

Answer:
{answer}

Is every claim in the answer supported by the context? Reply "yes" or "no" followed by
the first unsupported claim, if any."""

FEEDBACK_TRIAGE_PROMPT = """A user marked this answer as unhelpful.
Question: {question}
Answer: {answer}
User comment: {comment}

Classify the failure as one of: retrieval_miss, hallucination, incomplete, formatting,
out_of_scope, other. Reply with the label only."""
