"""Original explain implementation (v0.3). Still used by scripts/batch_explain.py --legacy."""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"


def explain_rows(sql, rows, columns):
    table = "\n".join(", ".join(str(v) for v in row) for row in rows[:20])
    prompt = "Explain the result of this query.\n\nSQL: %s\nColumns: %s\nRows:\n%s" % (sql, ", ".join(columns), table)
    resp = openai.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
        temperature=0.3,
    )
    return resp.choices[0].message.content


def explain_error(sql, err):
    resp = openai.chat.completions.create(model=MODEL, messages=[
        {"role": "system", "content": "You are a SQL tutor."},
        {"role": "user", "content": "Why does this fail?\n%s\n\n%s" % (sql, err)},
    ])
    return resp.choices[0].message.content
