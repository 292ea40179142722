"""Old Gemini helper from the careers-site widget (google-generativeai SDK).

The rest of the app moved to google-genai; this one was never ported because
the widget is being replaced in Q3.
"""
import os

import google.generativeai as genai

genai.configure(api_key=os.environ.get("GEMINI_API_KEY"))

_MODEL_NAME = "gemini-1.5-flash"

CAREERS_PROMPT = (
    "You are the careers-site assistant. Answer questions about open roles, "
    "the hiring process and benefits. Never discuss individual applications."
)


def careers_answer(question: str, openings_blurb: str) -> str:
    model = genai.GenerativeModel(_MODEL_NAME, system_instruction=CAREERS_PROMPT)
    response = model.generate_content(
        f"Open roles:\n{openings_blurb}\n\nVisitor question: {question}",
        generation_config={"temperature": 0.3, "max_output_tokens": 400},
    )
    return response.text


def count_widget_tokens(text: str) -> int:
    return genai.GenerativeModel(_MODEL_NAME).count_tokens(text).total_tokens
