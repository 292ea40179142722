"""Original judge from the first eval sprint (module-level openai client).

Still imported by scripts/rescore.py.
"""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

GRADE_TEMPLATE = "Question: {q}\nExpected: {e}\nGot: {g}\nIs 'Got' correct? Answer YES or NO."


def grade_yes_no(question, expected, got, model="gpt-4-turbo"):
    resp = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": GRADE_TEMPLATE.format(q=question, e=expected, g=got)}],
        temperature=0,
    )
    return resp.choices[0].message.content.strip().upper().startswith("YES")


def grade_batch(rows, model="gpt-4-turbo"):
    return [grade_yes_no(r["question"], r["expected"], r["got"], model=model) for r in rows]
