"""Prompt templates (Jinja2, rendered by Haystack's PromptBuilder / ChatPromptBuilder)."""

REWRITE_SYSTEM_PROMPT = (
    "You rewrite follow-up questions from a support chat into a single standalone search query. "
    "Keep product names and error codes verbatim. Output only the query."
)

HYDE_PROMPT = (
    "Write a short passage (4-6 sentences) from our product documentation that would answer the "
    "user's question. Do not mention that the passage is hypothetical."
)

SUPPORT_ANSWER_TEMPLATE = """
You are the support assistant for Acme Cloud. Answer using only the documents below.
If the documents do not contain the answer, say you don't know and suggest opening a ticket.
Cite sources as [n].

{% for doc in documents %}
[{{ loop.index }}] {{ doc.meta.get("title", "untitled") }}
{{ doc.content }}
{% endfor %}

Question: {{ query }}
Answer:
"""

INTERNAL_ANSWER_TEMPLATE = """
Answer the engineer's question from the internal runbooks below. Be terse; include commands verbatim.

{% for doc in documents %}
--- {{ doc.meta.get("path", "") }}
{{ doc.content }}
{% endfor %}

Question: {{ query }}
"""

GRADER_PROMPT = """Grade whether the ANSWER is supported by the CONTEXT.
Reply with JSON: {"supported": true|false, "reason": "..."}.

CONTEXT:
{context}

ANSWER:
{answer}
"""

TEMPLATES = {
    "support_answer": SUPPORT_ANSWER_TEMPLATE,
    "internal_answer": INTERNAL_ANSWER_TEMPLATE,
}
